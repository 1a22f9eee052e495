namespace Register.Rendering.Notices;

/// <summary>
/// Writes a notice's page or fragment: its template (<see cref="RenderedNotice.PageTemplate"/>, <see cref="RenderedNotice.FragmentTemplate"/>)
/// around the notice's HTML, rendered once for every format. The template is rendered with a placeholder where it writes
/// the HTML (<see cref="NoticePage.Lead"/>, <see cref="NoticePage.Body"/>); then its text and the HTML are tidied as one text
/// (<see cref="MarkdownTidyWriter"/>) and encoded as they are written, never joined into a string of the whole page. A
/// template that writes a placeholder other than once, or a page past the output limit, is rendered with the HTML itself,
/// as before: the same bytes, or the same error.
/// </summary>
internal static class NoticeHtmlWrapper
{
    private const string LeadPlaceholder = "\u0001register-notice-lead-4b9d\u0001";
    private const string BodyPlaceholder = "\u0001register-notice-body-4b9d\u0001";

    /// <summary>
    /// Writes <paramref name="template"/> with <paramref name="page"/>, its body <paramref name="body"/> (the HTML's parts,
    /// in order) and, unless null, its lead <paramref name="lead"/>.
    /// </summary>
    /// <exception cref="TemplateException">The template cannot be used.</exception>
    public static void Write(RenderedNotice notice, string template, NoticePage page, string[]? lead, string[] body, Stream output)
    {
        var html = new List<(string Placeholder, string[] Parts)> { (BodyPlaceholder, body) };
        if (lead is not null)
        {
            html.Add((LeadPlaceholder, lead));
        }

        var shell = notice.Engine.Render(template, With(page, lead is null ? null : LeadPlaceholder, BodyPlaceholder), notice.Phrases);
        var at = new List<(int At, string Placeholder, string[] Parts)>();
        var length = (long)shell.Length;
        foreach (var (placeholder, parts) in html)
        {
            var index = shell.IndexOf(placeholder, StringComparison.Ordinal);
            if (index < 0 || shell.IndexOf(placeholder, index + 1, StringComparison.Ordinal) >= 0)
            {
                length = long.MaxValue;
                break;
            }

            at.Add((index, placeholder, parts));
            length += parts.Sum(p => (long)p.Length) - placeholder.Length;
        }

        if (length > notice.Engine.Limits.OutputCharacters)
        {
            var whole = With(page, lead is null ? null : string.Concat(lead), string.Concat(body));
            Utf8.Write(output, MarkdownTidy.Tidy(notice.Engine.Render(template, whole, notice.Phrases)));
            return;
        }

        using var writer = Utf8.CreateWriter(output);
        var tidy = new MarkdownTidyWriter(writer.Write);
        var from = 0;
        foreach (var (index, placeholder, parts) in at.OrderBy(a => a.At))
        {
            tidy.Write(shell.AsSpan(from, index - from));
            foreach (var part in parts)
            {
                tidy.Write(part);
            }

            from = index + placeholder.Length;
        }

        tidy.Write(shell.AsSpan(from));
        tidy.Complete();
    }

    private static NoticePage With(NoticePage page, string? lead, string body) =>
        page with { Body = new TrustedText(body), Lead = lead is null ? page.Lead : new TrustedText(lead) };
}
