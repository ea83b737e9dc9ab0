package az.blackjanuary.memorial.names;

import java.util.List;

/** The names listed under one letter of the index, in alphabetical order. */
record RegisterLetter(String letter, String anchor, List<RegisterEntry> entries) {
}
