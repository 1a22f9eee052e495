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

    /// <summary>The notice in this format; called only when <see cref="Documents"/> has <see cref="DocumentKinds.Notice"/>.</summary>
    /// <exception cref="TemplateException">A template (possibly an organisation's) cannot be used.</exception>
    public virtual byte[] Notice(RenderedNotice notice) => throw new NotSupportedException($"The {Name} format has no notice version.");

    /// <summary>The Art. 30 record in this format; called only when <see cref="Documents"/> has <see cref="DocumentKinds.Record"/>.</summary>
    /// <exception cref="TemplateException">A template (possibly an organisation's) cannot be used.</exception>
    public virtual byte[] Record(RenderedRecord record) => throw new NotSupportedException($"The {Name} format has no record version.");

    /// <summary>The DPO report in this format; called only when <see cref="Documents"/> has <see cref="DocumentKinds.Report"/>.</summary>
    public virtual byte[] Report(DpoReportView report) => throw new NotSupportedException($"The {Name} format has no report version.");

    public override string ToString() => Name;
}
