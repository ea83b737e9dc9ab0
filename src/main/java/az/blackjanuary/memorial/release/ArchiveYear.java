package az.blackjanuary.memorial.release;

import java.util.List;

/** The releases commemorating one year, for the archive. */
record ArchiveYear(int year, List<ReleaseSummary> releases) {
}
