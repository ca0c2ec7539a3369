package org.ecosystemgraph.importer.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.model.OrganizationNames;

/**
 * A document cut into passages. Lines that a page wrapped are joined again (a line as long as the page is wide, not
 * ending a sentence, followed by one that starts no item); the joined text is cut into sentences at 。！？. Headings,
 * list items and table rows stay passages of their own.
 */
final class Passages {

    /** The katakana that number items (ア、イ、ウ): unvoiced ones, in the order of the syllabary. */
    private static final String KANA_MARKS = "[アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ]";

    /**
     * What starts an item of its own: bullets, numbers (1 / 1. / (1) / ① / 第1条 / ア), headings in brackets, a page's
     * breadcrumbs (ホーム ＞ …).
     */
    private static final Pattern ITEM_START = Pattern.compile(
            "^\\s*(?:[・●○■□◆◇▲△▼▽◎※★☆\\-*]|[①-⑳]|\\(?\\d{1,2}[).．.、]|（\\d{1,2}）|\\d{1,2}\\s|第[0-9０-９一二三四五六七八九十]+[条章節項]"
                    + "|[(（]?" + KANA_MARKS + "[)）.．、]|【|〔|［|\\[|(?:ホーム|トップ|HOME|Home|TOP)\\s*[>＞›»])");

    private static final String SENTENCE_END = "。！？!?";

    private static final Pattern HEADING_MARK = Pattern.compile("[■□◆◇【]");

    private Passages() {}

    static List<Passage> of(DocumentText document) {
        int wrap = wrapWidth(document);
        List<Passage> passages = new ArrayList<>();
        var block = new Builder(document);
        for (int n = 1; n <= document.lineCount(); n++) {
            String line = document.line(n);
            if (line.isBlank()) {
                block.flushInto(passages);
                continue;
            }
            if (!block.isEmpty() && startsItem(document.line(n - 1).strip(), line)) {
                block.flushInto(passages);
            }
            block.append(n, line);
            String stripped = line.strip();
            char last = stripped.charAt(stripped.length() - 1);
            // A line goes on in the next when it is as wide as the page, or stops at a comma or a particle.
            // ■知財総合支援窓口とは: a heading shorter than the page is wide ends where it ends.
            boolean heading = HEADING_MARK.matcher(stripped).lookingAt() && stripped.length() < wrap * 0.8;
            boolean wrapped = !heading
                    && (stripped.length() >= wrap * 0.8 && SENTENCE_END.indexOf(last) < 0 && ":：」』)）".indexOf(last) < 0
                            || "、，,とのをにがはやびでもて".indexOf(last) >= 0 && stripped.length() > 8
                            || n < document.lineCount()
                                    && splitsAWord(
                                            stripped, document.line(n + 1).strip()));
            // 代表機関：…, 会長　…, a table's next row: the next line is a field or a row of its own, however long this
            // one is.
            String following = n < document.lineCount() ? document.line(n + 1).strip() : "";
            if (!wrapped
                    || isRow(line) && isRow(following)
                    || FIELD.matcher(following).lookingAt()
                    || ROLE_FIRST.matcher(following).find()) {
                block.flushInto(passages);
            }
        }
        block.flushInto(passages);
        return passages;
    }

    /**
     * Whether a line break falls inside a word, as table cells and boxes of a figure break them (広島産業振興機 / 構):
     * Kuromoji reads one word across it.
     */
    private static boolean splitsAWord(String line, String next) {
        if (next.isEmpty()
                || startsItem(line, next)
                || ROLE_FIRST.matcher(next).find()
                || FIELD.matcher(next).lookingAt()) {
            return false;
        }
        // 安川電機、…、YE / DIGITAL、NTTドコモ: a Latin name of a list, broken between its words.
        char last = line.charAt(line.length() - 1);
        if (LATIN_TAIL.matcher(line).find() && LATIN_HEAD.matcher(next).lookingAt()) {
            return true;
        }
        // 広島銀行、もみじ銀行、ひろしま / イノベーション推進機構: an item in hiragana only is the beginning of a name.
        if (HIRAGANA_TAIL.matcher(line).find() && isName(next.charAt(0))) {
            return true;
        }
        // もみ / じ銀行: a word in hiragana broken, as Kuromoji reads it.
        if (isHiragana(last) && (isHiragana(next.charAt(0)) || isName(next.charAt(0)))
                || isName(last) && isHiragana(next.charAt(0))) {
            return readsAcross(line, next);
        }
        if (!isName(last) || !isName(next.charAt(0))) {
            return false;
        }
        // …、筑波 / 技術大学、茨城大学: a cell's name in a list, finished on the next line.
        Matcher begun = TAIL.matcher(line);
        Matcher finished = HEAD.matcher(next);
        if (begun.find() && finished.lookingAt()) {
            boolean tailEnds = OrganizationGuess.ENDINGS.stream().anyMatch(begun.group(1)::endsWith);
            boolean headEnds = OrganizationGuess.ENDINGS.stream()
                    .anyMatch(
                            ending -> ending.length() >= 2 && finished.group(1).endsWith(ending));
            if (!tailEnds && headEnds) {
                return true;
            }
        }
        // 広島地域イノベーション / 戦略推進会議（広島: the last words of a short line, named by the next line's ending;
        // not a name on each line (アイリスオーヤマ / 仙台銀行) or a role before a name (オブザーバー / 東北経済産業局).
        Matcher begins = CELL_TAIL.matcher(line);
        Matcher ends = CELL_HEAD.matcher(next);
        if (line.length() <= 20
                && !ITEM_START.matcher(line).find()
                && !ROLE_FIRST.matcher(line).find()
                && begins.find()
                && ends.lookingAt()
                && OrganizationGuess.ENDINGS.stream().noneMatch(begins.group(1)::endsWith)
                && OrganizationGuess.ENDINGS.stream()
                        .anyMatch(
                                ending -> ending.length() >= 2 && ends.group(1).endsWith(ending))
                && OrganizationNames.legalForm(line + next).isEmpty()
                && isCommon(Token.of(begins.group(1)), true)
                && isCommon(Token.of(ends.group(1)), false)) {
            return true;
        }
        // グローバルアクセラレーションプログラム / 実行委員会: a line that is only the kind of body the line above names.
        if (next.length() <= 6
                && next.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && OrganizationGuess.ENDINGS.stream()
                        .anyMatch(ending -> ending.length() >= 3 && next.endsWith(ending))) {
            return true;
        }
        // 三井住友海上火災保険、通研 / 電気工業、パソナ: the last item of a list, too short to be a name of its own, goes
        // on as the next line's first.
        if (SHORT_TAIL.matcher(line).find() && HEAD.matcher(next).lookingAt()) {
            return true;
        }
        // 共創 / プラットフォーム, 推進協議 / 会, 研究 / 機構: the ending of a body's name, begun on one line or on a line
        // of its own, finishes the name above.
        if (OrganizationGuess.ENDINGS.stream().anyMatch(ending -> endingAcross(line, next, ending))) {
            return true;
        }
        // 福岡 / 県、: a government's ending standing first on the line.
        if (next.matches("[都道府県市町村省庁](?:[^\\p{IsHan}\\p{IsKatakana}ー].*)?")) {
            return true;
        }
        // エコ / システム, パートナー / ズ: a katakana word broken where one side is too short to be a word of a name.
        if (isKatakana(line.charAt(line.length() - 1)) && isKatakana(next.charAt(0))) {
            int tail = 0;
            while (tail < line.length() && isKatakana(line.charAt(line.length() - 1 - tail))) {
                tail++;
            }
            int head = 0;
            while (head < next.length() && isKatakana(next.charAt(head))) {
                head++;
            }
            if (tail <= 2 || head <= 2) {
                return true;
            }
        }
        return readsAcross(line, next);
    }

    /** An item begins on the next line, unless its mark is a katakana that ends a word broken there (ロジコ / ム、). */
    private static boolean startsItem(String line, String next) {
        // strip(), not \s: pages indent with ideographic spaces (　※当協会は…).
        if (!ITEM_START.matcher(next.strip()).find()) {
            return false;
        }
        boolean kanaMark = next.strip().matches("^[(（]?" + KANA_MARKS + "[)）.．、].*");
        return !kanaMark || line.isEmpty() || !isKatakana(line.charAt(line.length() - 1));
    }

    /** Whether the last (or first) word is a common noun, no name of a place or a body. */
    private static boolean isCommon(List<Token> words, boolean last) {
        if (words.isEmpty()) {
            return false;
        }
        Token word = last ? words.get(words.size() - 1) : words.get(0);
        return word.known() && word.isNoun() && !word.isProperNoun() && !word.isOrganization();
    }

    private static final Pattern CELL_TAIL = Pattern.compile("(?:^|[、,])([\\p{IsHan}\\p{IsKatakana}ー]{2,16})$");
    private static final Pattern CELL_HEAD = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー]{2,12})(?:$|[、,(（])");
    private static final Pattern LATIN_TAIL = Pattern.compile("(?:^|[、,])[A-Za-z][A-Za-z0-9&\\-]*$");
    private static final Pattern LATIN_HEAD = Pattern.compile("[A-Za-z][A-Za-z0-9&\\-]*(?:$|[、,等])");
    private static final Pattern SHORT_TAIL = Pattern.compile("[、,][\\p{IsHan}\\p{IsKatakana}ー]{1,3}$");
    private static final Pattern HIRAGANA_TAIL = Pattern.compile("[、,][ぁ-ゖ]{2,6}$");

    /** A table's row: cells between tabs, or between bars (最優秀賞　｜　株式会社ルミナセル　｜　東北大学). */
    private static boolean isRow(String line) {
        return line.contains("\t")
                || line.chars().filter(c -> c == '|' || c == '｜').count() >= 2;
    }

    /**
     * 事務局　公益財団法人…, 幹　事　宮城県…: a line of a table of officers starts with a role, its letters perhaps spaced
     * out, not with the end of a name above.
     */
    private static final Pattern ROLE_FIRST =
            Pattern.compile("^(?:代表幹事|副会長|会長|幹事|監事|事務局|オブザーバー|顧問|座長|[会幹監顧座][\\s\u3000][長事問])(?:[\\s\u3000]|[:：]|$)");

    /** コンソーシアム名：…, 代表機関：…, 協賛 Sponsors：…: a line that is a field of a form starts afresh. */
    private static final Pattern FIELD = Pattern.compile("[^:：、。\\s]{2,12}(?:\\s+[A-Za-z][A-Za-z\\- ]*)?[:：]");

    /** The kanji a line of a list ends with, after its comma or の (…、筑波 / 技術大学、). */
    private static final Pattern TAIL = Pattern.compile("[、,の]([\\p{IsHan}]{2,12})$");

    /** The name's characters the next line starts with, up to the list's next comma. */
    private static final Pattern HEAD = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー]{2,12}?)(?:等|など)?[、,]");

    /** Whether Kuromoji reads one word across the line break. */
    private static boolean readsAcross(String line, String next) {
        String before = line.substring(Math.max(0, line.length() - 8));
        String after = next.substring(0, Math.min(next.length(), 8));
        int boundary = before.length();
        return Token.of(before + after).stream().anyMatch(token -> token.start() < boundary && token.end() > boundary);
    }

    private static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ';
    }

    private static boolean endingAcross(String line, String next, String ending) {
        if (ending.length() >= 3 && next.startsWith(ending)) {
            return true;
        }
        if (ending.length() >= 2 && next.startsWith(ending) && next.length() <= ending.length() + 2) {
            return true;
        }
        for (int k = 1; k < ending.length(); k++) {
            if (ending.length() >= 3 && line.endsWith(ending.substring(0, k)) && next.startsWith(ending.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKatakana(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー';
    }

    private static boolean isName(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA || c == 'ー';
    }

    /** How wide the page is: the length most full lines reach (the 90th percentile of line lengths). */
    private static int wrapWidth(DocumentText document) {
        int[] lengths = new int[document.lineCount()];
        int count = 0;
        for (int n = 1; n <= document.lineCount(); n++) {
            int length = document.line(n).strip().length();
            if (length > 0) {
                lengths[count++] = length;
            }
        }
        if (count == 0) {
            return Integer.MAX_VALUE;
        }
        int[] sorted = Arrays.copyOf(lengths, count);
        Arrays.sort(sorted);
        return Math.max(10, sorted[(int) Math.ceil(0.9 * (count - 1))]);
    }

    /** The normalized characters of the lines of one block, each with its line and columns, cut into sentences. */
    private static final class Builder {

        private final DocumentText document;
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> places = new ArrayList<>();

        Builder(DocumentText document) {
            this.document = document;
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        void append(int lineNumber, String line) {
            if (!text.isEmpty()
                    && isLatin(text.charAt(text.length() - 1))
                    && !line.isEmpty()
                    && isLatin(line.strip().charAt(0))) {
                // A space where a line break parted two Latin words, standing at the end of the earlier line.
                int[] previous = places.get(places.size() - 1);
                text.append(' ');
                places.add(new int[] {previous[0], previous[2], previous[2]});
            }
            int start = leading(line);
            int end = line.stripTrailing().length();
            int i = start;
            while (i < end) {
                int next = i + Character.charCount(line.codePointAt(i));
                // Half-width kana and the voicing mark after them compose into one character.
                while (next < end && (line.charAt(next) == 'ﾞ' || line.charAt(next) == 'ﾟ')) {
                    next++;
                }
                String normalized =
                        OrganizationNames.clean(Normalizer.normalize(line.substring(i, next), Normalizer.Form.NFKC));
                if (normalized.isEmpty()) {
                    normalized = " ";
                }
                for (int k = 0; k < normalized.length(); k++) {
                    text.append(normalized.charAt(k));
                    places.add(new int[] {lineNumber, i, next});
                }
                i = next;
            }
        }

        void flushInto(List<Passage> passages) {
            int from = 0;
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ("(「『".indexOf(c) >= 0) {
                    depth++;
                } else if (")」』".indexOf(c) >= 0 && depth > 0) {
                    depth--;
                }
                // (以下「甲」という。): a 。 inside brackets ends no sentence. A bracket left open is a typo; five
                // sentences' length on, it ends the bracket.
                if (SENTENCE_END.indexOf(c) >= 0 && (depth == 0 || i - from > 300)) {
                    depth = 0;
                    int end = i + 1;
                    // Keep a closing bracket or quote with the sentence it closes.
                    while (end < text.length() && "」』)）".indexOf(text.charAt(end)) >= 0) {
                        end++;
                    }
                    add(passages, from, end);
                    from = end;
                    i = end - 1;
                }
            }
            add(passages, from, text.length());
            text.setLength(0);
            places.clear();
        }

        private void add(List<Passage> passages, int from, int to) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from >= to) {
                return;
            }
            int length = to - from;
            int[] lines = new int[length];
            int[] columns = new int[length];
            int[] columnEnds = new int[length];
            for (int k = 0; k < length; k++) {
                int[] place = places.get(from + k);
                lines[k] = place[0];
                columns[k] = place[1];
                columnEnds[k] = place[2];
            }
            passages.add(new Passage(document, text.substring(from, to), lines, columns, columnEnds));
        }

        private static int leading(String line) {
            int i = 0;
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isLatin(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }
    }
}
