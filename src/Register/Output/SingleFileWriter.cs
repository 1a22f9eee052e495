namespace Register.Output;

/// <summary>
/// Writes one exported file (register export) by the output folder's rules: never into the register folder, never
/// through a link or onto a folder, never half-written (the content is written in full beside the target, flushed, and
/// renamed over it), and never over a file whose content differs unless <see cref="WriteOptions.Force"/>. An export keeps
/// no manifest, so it cannot tell its own earlier file from someone else's: any existing file with other content is a
/// conflict, and the same content is left untouched.
/// </summary>
public static class SingleFileWriter
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="target"/>; a conflict (nothing written) is in the outcome, a refusal throws <see cref="OutputWriteException"/>.</summary>
    public static WriteOutcome Write(string registerDirectory, string target, byte[] content, WriteOptions? options = null)
    {
        options ??= WriteOptions.Default;
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full) ?? throw new OutputWriteException($"Refusing to write {full}: it is not a file path.");
        if (Path.EndsInDirectorySeparator(target) || Directory.Exists(full))
        {
            throw new OutputWriteException($"Refusing to write {full}: it is a folder. Give a file name, e.g. --out {Path.Combine(target, "record.docx")}.");
        }

        if (!Directory.Exists(folder))
        {
            throw new OutputWriteException($"Cannot write {full}: the folder {folder} does not exist.");
        }

        var register = OutputLocation.RealPath(registerDirectory);
        var realFolder = OutputLocation.RealPath(folder);
        if (FileSystem.RealPath.IsWithin(realFolder, register))
        {
            throw new OutputWriteException($"Refusing to write {full}: it is inside the register folder ({register}). Write the file beside the register.");
        }

        var name = Path.GetFileName(full);
        var existing = new FileInfo(full);
        if (existing.LinkTarget is not null)
        {
            return Conflict(name, "is a link; the export never writes through one", forceable: false);
        }

        if (existing.Exists)
        {
            if (!IsPlainFile(full))
            {
                return Conflict(name, "is not a plain file", forceable: false);
            }

            if (SameContent(full, content))
            {
                return new WriteOutcome([], [name], []);
            }

            if (!options.Force)
            {
                return Conflict(name, "exists with other content (the export keeps no record of the files it wrote)");
            }
        }

        var staged = Path.Combine(folder, $".{name}.{Environment.ProcessId}.partial");
        try
        {
            using (var stream = new FileStream(staged, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(staged, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover staged file next to the target is harmless; the target itself was not touched.
            OutputStaging.TryDeleteFile(staged);
            throw new OutputWriteException($"Could not write {full}: {e.Message} {(existing.Exists ? "The existing file is unchanged." : "Nothing was written.")}", e);
        }

        return new WriteOutcome([name], [], []);
    }

    private static WriteOutcome Conflict(string name, string reason, bool forceable = true) =>
        new([], [], []) { Conflicts = [new OutputConflict(name, reason, forceable)] };

    // A FIFO or device would block or never end; only a regular file is compared and replaced.
    private static bool IsPlainFile(string path) => Loading.UnixFileType.Of(path) == Loading.UnixFileType.Kind.Regular;

    private static bool SameContent(string path, byte[] content)
    {
        using var stream = File.OpenRead(path);
        if (stream.Length != content.Length)
        {
            return false;
        }

        var read = new byte[content.Length];
        stream.ReadExactly(read);
        return read.AsSpan().SequenceEqual(content);
    }
}
