using Register.Diagnostics;
using Register.Output;

namespace Register.Rendering;

/// <summary>
/// What the rendering of one document wrote and reported, apart from every other document's: the files go on to the
/// build's output as they are made, their paths and the template errors are kept here, so that the build records them
/// in its plan's order whichever worker rendered the document (<see cref="DocumentWorkers"/>).
/// </summary>
internal sealed class DocumentOutput(IOutputSink output)
{
    private readonly List<string> _files = [];

    /// <summary>The paths this document wrote, in the order it wrote them.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The templates this document could not use.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The result, or null when a template cannot be used (reported in <see cref="Diagnostics"/>).</summary>
    public T? Try<T>(Func<T> render)
        where T : class => DocumentRendering.Try(render, Diagnostics);

    /// <summary>Adds the file, or reports the template that cannot be used (nothing of the file is kept then).</summary>
    public void TryAdd(string path, Action<Stream> write)
    {
        try
        {
            Add(path, write);
        }
        catch (TemplateException e)
        {
            TemplateErrors.Report(e, Diagnostics);
        }
    }

    /// <summary>
    /// One document's output made of <paramref name="parts"/> written side by side: their files in the order of
    /// <paramref name="order"/> (the paths as a loop would have written them, those not written left out), their
    /// template errors part after part.
    /// </summary>
    public static DocumentOutput Of(IOutputSink output, IReadOnlyList<DocumentOutput> parts, IEnumerable<string> order)
    {
        var whole = new DocumentOutput(output);
        var written = parts.SelectMany(p => p.Files).ToHashSet(StringComparer.Ordinal);
        whole._files.AddRange(order.Where(written.Contains));
        foreach (var part in parts)
        {
            whole.Diagnostics.AddRange(part.Diagnostics);
        }

        return whole;
    }

    /// <summary>Adds a file whose bytes are made already.</summary>
    public void Add(string path, byte[] content) => Add(path, stream => stream.Write(content));

    private void Add(string path, Action<Stream> write)
    {
        output.Add(path, write);
        _files.Add(path);
    }
}
