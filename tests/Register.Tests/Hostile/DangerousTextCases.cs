namespace Register.Tests.Hostile;

/// <summary>
/// Text that is valid register content but dangerous if published raw: markup, script, script links, spreadsheet formulas,
/// characters XML forbids. Each goes into an activity's name and purpose, which reach every document format.
/// </summary>
internal static class DangerousTextCases
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["script element"] = "<script>alert(1)</script>",
        ["image with onerror"] = "<img src=x onerror=alert(1)>",
        ["svg with onload after a quote"] = "\"><svg onload=alert(1)>",
        ["closing title then script"] = "</title><script>alert(1)</script>",
        ["closing textarea"] = "</textarea><script>alert(1)</script>",
        ["html anchor with javascript"] = "<a href=\"javascript:alert(1)\">click</a>",
        ["markdown link to javascript"] = "[click](javascript:alert(1))",
        ["markdown link to JAVASCRIPT with spaces"] = "[click]( JAVASCRIPT:alert(1) )",
        ["markdown link to data"] = "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        ["markdown link to vbscript"] = "[click](vbscript:msgbox(1))",
        ["autolink to javascript"] = "<javascript:alert(1)>",
        ["reference link to javascript"] = "[click][x]\n\n[x]: javascript:alert(1)",
        ["markdown image"] = "![pixel](https://evil.example/pixel.png)",
        ["bare javascript text"] = "javascript:alert(1)",
        ["entity-encoded script"] = "&lt;script&gt;alert(1)&lt;/script&gt;",
        ["html comment"] = "<!-- hidden --> visible",
        ["style element"] = "<style>body{display:none}</style>",
        ["iframe"] = "<iframe src=\"https://evil.example\"></iframe>",
        ["meta refresh"] = "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        ["form with action"] = "<form action=\"https://evil.example\"><input name=x></form>",
        ["template braces"] = "{{ 7 * 7 }} {{#each x}}y{{/each}} {% raw %}",
        ["cdata terminator"] = "]]><x/>",
        ["xml entity declaration"] = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
        ["formula with equals"] = "=HYPERLINK(\"https://evil.example\",\"click\")",
        ["formula with plus"] = "+cmd|' /C calc'!A0",
        ["formula with minus"] = "-2+3+cmd|' /C calc'!A0",
        ["formula with at"] = "@SUM(1+1)*cmd|' /C calc'!A0",
        ["dde formula"] = "=DDE(\"cmd\";\"/C calc\";\"!A0\")",
        ["tabs and line breaks"] = "a\tb\r\nc\nd",
        ["task-list checkbox"] = "[x] done [ ] open",
        ["quotes and ampersands"] = "Tom & Jerry's \"quoted\" <b>bold</b>",
    };
}
