namespace Register.Output;

/// <summary>Helpers for every <see cref="IOutputSink"/>.</summary>
public static class OutputSinks
{
    /// <summary>Adds a file whose bytes are already made (small files such as a notice's page, written to two places).</summary>
    public static void Add(this IOutputSink sink, string path, byte[] content) => sink.Add(path, stream => stream.Write(content));

    /// <summary>The bytes <paramref name="write"/> writes, for callers that want them in memory (exports, tests).</summary>
    public static byte[] Buffer(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
