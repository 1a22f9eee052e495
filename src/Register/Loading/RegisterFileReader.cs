using System.Globalization;
using Register.Diagnostics;
using Register.FileSystem;
using Register.Loading.Yaml;

namespace Register.Loading;

/// <summary>
/// Reads register files, and only plain files inside the register folder: the type of each entry is checked before it
/// is opened (a FIFO or a device is never opened), a link is followed only when it ends inside the register, and the
/// size limit applies before reading, with reading bounded by it. Everything else becomes a diagnostic on the entry's
/// own name; what a link points to is never read nor named. Holds no state but the register's real path: one reader
/// serves every worker, each passing the diagnostics of the file it reads.
/// </summary>
internal sealed class RegisterFileReader(string root, YamlLimits limits)
{
    private readonly string _realRoot = RealPath.Resolve(root) ?? root;

    /// <summary>What is at <paramref name="path"/>, by its own type (a link as a link).</summary>
    public static UnixFileType.Kind KindOf(string path) => UnixFileType.Of(path);

    /// <summary>The bytes of a register file, or null (with a diagnostic) when it is not a plain file inside the register.</summary>
    public byte[]? Read(string path, string display, DiagnosticBag diagnostics)
    {
        var kind = UnixFileType.Of(path);
        var actual = RealPath.Resolve(path);
        if (actual is null)
        {
            return Refuse(diagnostics, display, "is a symbolic link that loops (it leads back to itself)", "Replace the link with the file itself.");
        }

        if (!RealPath.IsWithin(actual, _realRoot))
        {
            return Outside(display, diagnostics);
        }

        if (kind == UnixFileType.Kind.Link)
        {
            kind = UnixFileType.Of(actual);
            if (kind == UnixFileType.Kind.Missing)
            {
                return Refuse(diagnostics, display, "is a symbolic link to a file that does not exist", "Remove the link, or replace it with the file itself.");
            }
        }

        switch (kind)
        {
            case UnixFileType.Kind.Missing:
                diagnostics.Report(Rules.MissingFile, SourceLocation.OfFile(display),
                    "This file disappeared while the register was being read.",
                    "Run the command again once nothing else is changing the register folder.");
                return null;
            case UnixFileType.Kind.Directory:
                return Refuse(diagnostics, display, "is a folder, not a file", "Rename the folder so its name does not end in .yaml, or move it out of the register.");
            case UnixFileType.Kind.Other:
                return NotPlain(display, diagnostics);
        }

        return ReadBounded(actual, display, diagnostics);
    }

    private byte[]? ReadBounded(string path, string display, DiagnosticBag diagnostics)
    {
        try
        {
            // Checked again on the open file: the entry may have been swapped since it was listed (for a FIFO, a device or a link).
            var handle = UnixFileType.OpenPlain(path, out var kind, out var opened);
            if (handle is null && kind == UnixFileType.Kind.Missing)
            {
                throw new FileNotFoundException(null, path);
            }

            if (handle is not null && kind != UnixFileType.Kind.Regular)
            {
                return NotPlain(display, diagnostics);
            }

            if (handle is not null && (opened is null || !RealPath.IsWithin(opened, _realRoot)))
            {
                handle.Dispose();
                return Outside(display, diagnostics);
            }

            using var stream = handle is not null
                ? new FileStream(handle, FileAccess.Read, 1)
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > limits.MaxFileBytes)
            {
                return TooLarge(display, length, diagnostics);
            }

            // Read at most one byte past the limit: a file that grows while it is read still costs no more than that.
            var buffer = new byte[Math.Min(length, limits.MaxFileBytes) + 1];
            var read = 0;
            int count;
            while (read < buffer.Length && (count = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += count;
            }

            return read > limits.MaxFileBytes ? TooLarge(display, read, diagnostics) : buffer[..read];
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            diagnostics.Report(Rules.MissingFile, SourceLocation.OfFile(display),
                "This file disappeared while the register was being read.",
                "Run the command again once nothing else is changing the register folder.");
            return null;
        }
    }

    private byte[]? TooLarge(string display, long length, DiagnosticBag diagnostics)
    {
        diagnostics.Report(Rules.FileTooLarge, SourceLocation.OfFile(display),
            string.Create(CultureInfo.InvariantCulture, $"This file is {length:N0} bytes or more; the limit is {limits.MaxFileBytes:N0} bytes."),
            "Split the file into smaller files, or raise the limit with --max-file-bytes if the size is intended.");
        return null;
    }

    private static byte[]? NotPlain(string display, DiagnosticBag diagnostics) =>
        Refuse(diagnostics, display, "is not a regular file (a FIFO, socket or device), so it is not opened", "Replace it with a regular YAML file, or remove it.");

    private static byte[]? Outside(string display, DiagnosticBag diagnostics) =>
        Refuse(diagnostics, display, "leads outside the register folder (it is, or lies in, a link to elsewhere), so it is not read",
            "Copy the file into the register folder instead of linking to it; a register holds its own files.");

    private static byte[]? Refuse(DiagnosticBag diagnostics, string display, string what, string fix)
    {
        diagnostics.Report(Rules.NotAPlainFile, SourceLocation.OfFile(display), $"'{display}' {what}.", fix);
        return null;
    }
}
