using Register.Tests.Cli;
using static Register.Tests.Hostile.HostileRegister;

namespace Register.Tests.Hostile;

/// <summary>One invalid register: how to make it, and the diagnostic (code, file, line, column) it must give.</summary>
internal sealed record InvalidCase(string Name, Action<TempRegister> Arrange, string Code, string File, int Line, int Column);

/// <summary>Values that must be refused, each at its own place (issue 9 items 3 and 4).</summary>
internal static class InvalidInputCases
{
    public static IReadOnlyList<InvalidCase> All { get; } =
    [
        // Whole-string anchors: '$' would accept a value that ends in a newline.
        new("output name ending in a newline", r => OutputName(r, Quoted("privacy-website\n")), "REG097", NoticesFile, 5, 13),
        new("activity id ending in a newline", r => Replace(r, Activity, "id: contact-form", "id: " + Quoted("contact-form\n")), "REG022", Activity, 1, 5),
        new("notice id ending in a newline", r => Replace(r, NoticesFile, "  - id: website", "  - id: " + Quoted("website\n")), "REG022", NoticesFile, 2, 9),
        new("section id with a trailing space", r => Replace(r, NoticesFile, "- id: all", "- id: " + Quoted("all ")), "REG022", NoticesFile, 7, 13),
        new("enum value ending in a newline", r => Replace(r, Activity, "basis: legitimate_interests", "basis: " + Quoted("legitimate_interests\n")), "REG006", Activity, 8, 12),
        new("enum value in another case", r => Replace(r, Activity, "basis: legitimate_interests", "basis: Legitimate_Interests"), "REG006", Activity, 8, 12),
        new("empty output name", r => OutputName(r, "\"\""), "REG097", NoticesFile, 5, 13),
        new("notice without sections", r => Replace(r, NoticesFile, "    sections:\n      - id: all\n        title:\n          en: Everything\n        audiences: [website]\n", "    sections: []\n"), "REG096", NoticesFile, 6, 15),

        // Device names Windows reserves, with or without an extension, in any case.
        new("output name con", r => OutputName(r, "con"), "REG097", NoticesFile, 5, 13),
        new("output name nul", r => OutputName(r, "nul"), "REG097", NoticesFile, 5, 13),
        new("output name com1", r => OutputName(r, "com1"), "REG097", NoticesFile, 5, 13),
        new("output name lpt9", r => OutputName(r, "lpt9"), "REG097", NoticesFile, 5, 13),
        new("output name prn", r => OutputName(r, "prn"), "REG097", NoticesFile, 5, 13),
        new("output name aux", r => OutputName(r, "aux"), "REG097", NoticesFile, 5, 13),
        new("output name CON in capitals", r => OutputName(r, "CON"), "REG097", NoticesFile, 5, 13),
        new("output name with a folder", r => OutputName(r, "../escape"), "REG097", NoticesFile, 5, 13),

        // Invisible formatting characters in published text.
        new("right-to-left override U+202E", r => ActivityName(r, "Contact\u202Eform"), "REG013", Activity, 3, 14),
        new("left-to-right embedding U+202A", r => ActivityName(r, "Contact\u202Aform"), "REG013", Activity, 3, 14),
        new("first strong isolate U+2068", r => ActivityName(r, "Contact\u2068form"), "REG013", Activity, 3, 14),
        new("pop directional isolate U+2069", r => ActivityName(r, "Contact\u2069form"), "REG013", Activity, 3, 14),
        new("zero-width space U+200B", r => ActivityName(r, "Contact\u200Bform"), "REG013", Activity, 3, 14),
        new("zero-width joiner U+200D", r => ActivityName(r, "Contact\u200Dform"), "REG013", Activity, 3, 14),
        new("right-to-left mark U+200F", r => ActivityName(r, "Contact\u200Fform"), "REG013", Activity, 3, 14),
        new("Arabic letter mark U+061C", r => ActivityName(r, "Contact\u061Cform"), "REG013", Activity, 3, 14),
        new("byte-order mark inside text", r => ActivityName(r, "Contact\uFEFFform"), "REG013", Activity, 3, 14),
        new("noncharacter U+FFFE", r => ActivityName(r, "Contact\uFFFEform"), "REG013", Activity, 3, 14),
        new("escaped noncharacter U+FFFF", r => ActivityName(r, Quoted("Contact\uFFFFform")), "REG013", Activity, 3, 7),
        new("escaped right-to-left override", r => ActivityName(r, Quoted("Contact\u202Eform")), "REG013", Activity, 3, 7),
        new("escaped escape character", r => ActivityName(r, Quoted("Contact\u001B[31mform")), "REG013", Activity, 3, 7),
        new("bidi override in a comment", r => Replace(r, Activity, "id: contact-form", "# note \u202E\nid: contact-form"), "REG013", Activity, 1, 8),

        // E-mail addresses are plain addresses.
        new("e-mail with hidden bcc recipients", r => Email(r, "a@b.example?bcc=c@d.example"), "REG071", Organisation, 9, 12),
        new("e-mail with a hidden bcc recipient, its @ encoded", r => Email(r, "a@b.example?bcc=c%40d.example"), "REG071", Organisation, 9, 12),
        new("e-mail with mailto prefix", r => Email(r, "mailto:a@b.example"), "REG071", Organisation, 9, 12),
        new("e-mail ending in a newline", r => Email(r, Quoted("privacy@voorbeeld-incasso.example\n")), "REG071", Organisation, 9, 12),
        new("e-mail with a subject", r => Email(r, "a@b.example?subject=hi"), "REG071", Organisation, 9, 12),
        new("two e-mail addresses", r => Email(r, Quoted("a@b.example,c@d.example")), "REG071", Organisation, 9, 12),

        // Web addresses are http(s) and nothing that could break out of a link.
        new("javascript: web address", r => Website(r, "javascript:alert(1)"), "REG072", Organisation, 18, 10),
        new("data: web address", r => Website(r, Quoted("data:text/html,<script>alert(1)</script>")), "REG072", Organisation, 18, 10),
        new("vbscript: web address", r => Website(r, "vbscript:msgbox(1)"), "REG072", Organisation, 18, 10),
        new("ftp web address", r => Website(r, "ftp://files.example/privacy"), "REG072", Organisation, 18, 10),
        new("web address with a quote", r => Website(r, Quoted("https://example.com/\"onmouseover=\"alert(1)")), "REG072", Organisation, 18, 10),
        new("web address with a space", r => Website(r, Quoted("https://example.com/a b")), "REG072", Organisation, 18, 10),
        new("web address ending in a newline", r => Website(r, Quoted("https://example.com/\n")), "REG072", Organisation, 18, 10),
        new("web address with angle brackets", r => Website(r, Quoted("https://example.com/<script>")), "REG072", Organisation, 18, 10),
        new("phone with a tel: prefix", r => Replace(r, Organisation, "    email: privacy@voorbeeld-incasso.example", "    email: privacy@voorbeeld-incasso.example\n    phone: " + Quoted("tel:+31201234567")), "REG073", Organisation, 10, 12),
    ];

    private static void OutputName(TempRegister register, string value) => Replace(register, NoticesFile, "output: privacy-website", "output: " + value);

    private static void ActivityName(TempRegister register, string value) => Replace(register, Activity, "  en: Contact form", "  en: " + value);

    private static void Email(TempRegister register, string value) =>
        Replace(register, Organisation, "email: privacy@voorbeeld-incasso.example", "email: " + value);

    private static void Website(TempRegister register, string value) => Append(register, Organisation, "website: " + value + "\n");
}
