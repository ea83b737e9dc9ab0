package az.blackjanuary.memorial.timeline;

import java.util.List;

import az.blackjanuary.memorial.image.Picture;
import az.blackjanuary.memorial.names.PersonLink;

import az.blackjanuary.memorial.release.ReleaseSummary;
import az.blackjanuary.memorial.system.Language;

/**
 * An event as the timeline page shows it.
 *
 * @param date the date in words, as precise as it is known
 * @param machineDate the {@code datetime} value, or null when no exact value would be
 * honest
 * @param machineEndDate the last day of a day range, else null
 * @param language the language the title and text are written in
 * @param source the published release the facts come from, or null
 * @param picture the picture shown with the event, or null
 * @param people the published people of the register the event names
 */
record TimelineEntry(String date, String machineDate, String machineEndDate, Language language, String title,
		String body, ReleaseSummary source, Picture picture, List<PersonLink> people) {
}
