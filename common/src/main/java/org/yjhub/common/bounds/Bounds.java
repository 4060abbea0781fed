package org.yjhub.common.bounds;

/**
 * The bounds shared by every service's input, written once: the shapes of codes and periods and the lengths of the
 * free text every service takes. They are compile-time constants so that Bean Validation annotations (which both
 * enforce a bound and, through SmallRye OpenAPI, declare it in the document) and the domain rules use the same value.
 * A bound that only one service has lives in that service's domain rules. Patterns are anchored: Bean Validation
 * matches the whole value, a JSON Schema pattern any part of it, and anchored they mean the same.
 */
public final class Bounds {

    private Bounds() {
    }

    /** The words of a length bound (Bean Validation fills in {max}). */
    public static final String LENGTH_MESSAGE = "must be at most {max} characters";
    /** The words of an item-count bound. */
    public static final String ITEMS_MESSAGE = "must have at most {max} entries";

    /** A code: a lower-case slug such as {@code milton-keynes}, {@code custody-rate}, {@code thames-valley}. */
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** The longest code (the longest team code has 32 characters; a group code has at most this many). */
    public static final int CODE_LENGTH = 60;
    public static final String SLUG_MESSAGE = "must be a code of lower-case letters and digits in words joined by single "
            + "hyphens, such as milton-keynes";

    /** A region by slug or name (south-east, South East, Yorkshire and The Humber), as {@code Regions} finds it. */
    public static final String REGION = "^[A-Za-z0-9 -]+$";
    public static final int REGION_LENGTH = 60;
    public static final String REGION_MESSAGE = "must be a region's slug or name, such as south-east";

    /** A financial year, {@code 2019-20}, as {@code FinancialYear} parses it. */
    public static final String FINANCIAL_YEAR = "^(\\d{4})-(\\d{2})$";
    public static final int FINANCIAL_YEAR_LENGTH = 7;
    /** A financial-year quarter, {@code 2019-20-Q4}, as {@code Quarter} parses it. */
    public static final String QUARTER = "^(\\d{4}-\\d{2})-Q(\\d)$";
    public static final int QUARTER_LENGTH = 10;

    /**
     * Plain text, as {@code PlainText} checks it: no control characters other than tab, line feed and carriage return
     * (C0, DEL and C1). {@code PlainText} also refuses half a surrogate pair, which no regular expression can say.
     */
    public static final String PLAIN_TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*$";
    /** A one-line name or label: a title, a role, an owner. */
    public static final int NAME_LENGTH = 200;
    /** Where figures come from ({@code source}), in every service. */
    public static final int SOURCE_LENGTH = 500;
    /** Longer free text: a description, a recommendation, an action, a progress note. */
    public static final int TEXT_LENGTH = 10_000;
    public static final String PLAIN_TEXT_MESSAGE = "must be plain text: no control characters other than tab and line "
            + "breaks";

    /** What an entity-tag header may be: {@code *} or a list of tags, RFC 9110 8.8.3 (EntityTags parses it). */
    public static final String ENTITY_TAGS = "^(\\*|(W/)?\"[\\x21\\x23-\\x7E]*\"([ \\t]*,[ \\t]*(W/)?\"[\\x21\\x23-\\x7E]*\")*)$";
    /** A header value as RFC 9110 5.5 allows it here: visible ASCII, spaces and tabs. */
    public static final String HEADER_VALUE = "^[\\x20-\\x7E\\t]*$";
    public static final String HEADER_VALUE_MESSAGE = "must be visible ASCII characters, spaces and tabs";
    /** The longest conditional header or Last-Event-ID taken (a client names a few tags at most). */
    public static final int HEADER_LENGTH = 1_024;

    /** An id the services issue: a UUID in its canonical text, in either case. */
    public static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    public static final int UUID_LENGTH = 36;
    public static final String UUID_MESSAGE = "must be an id such as 6d0b7b36-6a8e-4d8e-b4a3-2b1de1a5f0a1";

    /** A rating or judgement value of an inspection framework's scale, such as REQUIRES_IMPROVEMENT. */
    public static final String RATING = "^[A-Z][A-Z_]*$";
    public static final int RATING_LENGTH = 40;
}
