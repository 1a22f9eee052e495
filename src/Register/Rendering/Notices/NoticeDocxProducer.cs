using System.Text;
using Register.Output;

namespace Register.Rendering.Notices;

/// <summary>
/// Adds a Word version of every notice (<c>notices/&lt;output&gt;.&lt;lang&gt;.docx</c>) to what the notice producer it wraps
/// renders, converting the notice's Markdown, so the DOCX says exactly what the published page says.
/// </summary>
public sealed class NoticeDocxProducer(IOutputProducer notices) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(BuildInput input)
    {
        var produced = notices.Produce(input).ToList();
        var register = input.Register;
        var phrases = PhraseLibrary.Load(input.Templates.Source, register.Organisation.Languages, new Diagnostics.DiagnosticBag());
        var documents = new List<OutputFile>();
        foreach (var notice in register.Notices.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            foreach (var language in register.Organisation.Languages)
            {
                var markdown = produced.FirstOrDefault(f => f.Path == $"{NoticeProducer.Folder}/{notice.Output}.{language}.md");
                if (markdown is not null && phrases.For(language) is { } book)
                {
                    var bytes = NoticeWordDocument.Write(Encoding.UTF8.GetString(markdown.Content), notice, register.Organisation, book);
                    documents.Add(new OutputFile($"{NoticeProducer.Folder}/{notice.Output}.{language}.docx", bytes));
                }
            }
        }

        return produced.Concat(documents);
    }
}
