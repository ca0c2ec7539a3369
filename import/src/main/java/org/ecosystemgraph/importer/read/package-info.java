/**
 * Documents in: the text of a PDF (its text layer, line by line as the page lays it out), of a web page (its main
 * text, by heading, paragraph, list item and table row, navigation dropped) or of a text file, as the line-numbered
 * text that datasets quote.
 */
package org.ecosystemgraph.importer.read;
