using Register.Output;
using Register.Rendering.Art30;
using Register.Rendering.Notices;
using Register.Views.Reports;

namespace Register.Rendering.Formats;

/// <summary>
/// One output format (<c>build --format</c> NAME). A format writes each document it has a version of from that document's
/// view, rendered once and shared by every format; it never reads another format's output. Adding a format is a subclass
/// and one line in <see cref="OutputFormats.All"/>.
/// </summary>
public abstract class OutputFormat
{
    /// <summary>The name on the command line, e.g. "md" or "fragment".</summary>
    public abstract string Name { get; }

    /// <summary>What the format is, for help texts.</summary>
    public abstract string Description { get; }

    /// <summary>The end of the file names it writes, e.g. ".md" or ".fragment.html".</summary>
    public abstract string Extension { get; }

    /// <summary>Which documents it has a version of.</summary>
    public abstract DocumentKinds Documents { get; }

    /// <summary>True for text formats (an export may go to standard output), false for Word and Excel.</summary>
    public virtual bool IsText => true;

    /// <summary>Writes the notice in this format to <paramref name="output"/> (seekable, left open); called only when <see cref="Documents"/> has <see cref="DocumentKinds.Notice"/>.</summary>
    /// <exception cref="TemplateException">A template (possibly an organisation's) cannot be used.</exception>
    public virtual void WriteNotice(RenderedNotice notice, Stream output) => throw new NotSupportedException($"The {Name} format has no notice version.");

    /// <summary>True when <see cref="WriteRecord"/> writes from the record's Markdown (<see cref="RenderedRecord"/> keeps it only while a format still needs it).</summary>
    public virtual bool WritesRecordFromMarkdown => false;

    /// <summary>Writes the Art. 30 record in this format; called only when <see cref="Documents"/> has <see cref="DocumentKinds.Record"/>.</summary>
    /// <exception cref="TemplateException">A template (possibly an organisation's) cannot be used.</exception>
    public virtual void WriteRecord(RenderedRecord record, Stream output) => throw new NotSupportedException($"The {Name} format has no record version.");

    /// <summary>Writes the DPO report in this format; called only when <see cref="Documents"/> has <see cref="DocumentKinds.Report"/>.</summary>
    public virtual void WriteReport(DpoReportView report, Stream output) => throw new NotSupportedException($"The {Name} format has no report version.");

    /// <summary>The notice in this format, in memory (exports, tests); a build writes it straight to its file instead.</summary>
    /// <exception cref="TemplateException">A template (possibly an organisation's) cannot be used.</exception>
    public byte[] Notice(RenderedNotice notice) => OutputSinks.Buffer(output => WriteNotice(notice, output));

    /// <summary>The Art. 30 record in this format, in memory.</summary>
    /// <exception cref="TemplateException">A template (possibly an organisation's) cannot be used.</exception>
    public byte[] Record(RenderedRecord record) => OutputSinks.Buffer(output => WriteRecord(record, output));

    /// <summary>The DPO report in this format, in memory.</summary>
    public byte[] Report(DpoReportView report) => OutputSinks.Buffer(output => WriteReport(report, output));

    public override string ToString() => Name;
}
