/**
 * The model in plain English, for people who read reports rather than JSON: a value as "at least
 * 13 people" or "about 24 cases a day", a date as "14 November 2024", a hedge as "probably", a
 * basis as "reported by Verstka". See {@link org.corroborate.model.words.InWords}.
 */
package org.corroborate.model.words;
