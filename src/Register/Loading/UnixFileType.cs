using System.Runtime.InteropServices;
using Register.FileSystem;

namespace Register.Loading;

/// <summary>
/// The type of a directory entry without opening it (a FIFO would block the reader, a device never ends), from Linux's
/// statx, whose layout is the same on every architecture. Elsewhere only what .NET itself tells is known.
/// </summary>
internal static class UnixFileType
{
    public enum Kind
    {
        Missing,
        Regular,
        Directory,
        Link,
        Other,
    }

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;

    /// <summary>The entry's own type (a link is <see cref="Kind.Link"/>, not what it points to).</summary>
    public static Kind Of(string path)
    {
        if (OperatingSystem.IsLinux() && ModeOf(path) is { } mode)
        {
            return mode == 0 ? Kind.Missing : KindOf(mode);
        }

        var info = new FileInfo(path);
        return info.LinkTarget is not null ? Kind.Link
            : Directory.Exists(path) ? Kind.Directory
            : info.Exists ? Kind.Regular
            : Kind.Missing;
    }

    private static int? ModeOf(string path)
    {
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return Marshal.GetLastPInvokeError() == 2 /* ENOENT */ || Marshal.GetLastPInvokeError() == 20 /* ENOTDIR */ ? 0 : null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return BitConverter.ToUInt16(buffer, ModeOffset);
    }

    private const int OpenReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC (Linux, every common architecture)
    private const int AtEmptyPath = 0x1000;

    /// <summary>
    /// Opens <paramref name="path"/> for reading only if, once open, it is a regular file: the check is made on the open
    /// descriptor, so a file swapped for a FIFO, a device or a link between listing and opening is never read (and a FIFO
    /// never blocks: it is opened without waiting for a writer). <paramref name="opened"/> is where the descriptor really
    /// leads, for the caller to check it is still inside the register. Null with <see cref="Kind.Missing"/> when it is
    /// gone; null otherwise when it cannot be opened (the caller's own open then reports why) and on other systems, where the caller opens the file itself after <see cref="Of"/>.
    /// </summary>
    public static Microsoft.Win32.SafeHandles.SafeFileHandle? OpenPlain(string path, out Kind kind, out string? opened)
    {
        kind = Kind.Regular;
        opened = null;
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        int descriptor;
        try
        {
            descriptor = NativeFiles.Open(path, OpenReadOnlyNonBlocking);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if (descriptor < 0)
        {
            // Gone (it may be mid-swap: opening by name again could meet a FIFO) is Missing. Anything else is not a FIFO
            // (opening one to read without waiting always succeeds): the caller's own open reports what failed.
            kind = Marshal.GetLastPInvokeError() is 2 /* ENOENT */ or 20 /* ENOTDIR */ ? Kind.Missing : Kind.Regular;
            return null;
        }

        var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(descriptor, ownsHandle: true);
        var buffer = new byte[256];
        var mode = Statx(descriptor, "", AtEmptyPath, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, ModeOffset) : 0;
        kind = KindOf(mode); // 0 (statx failed) is Other: never read
        opened = new FileInfo("/proc/self/fd/" + descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)).LinkTarget;
        if (kind != Kind.Regular)
        {
            handle.Dispose();
        }

        return handle;
    }

    /// <summary>The type bits of a statx mode (S_IFMT).</summary>
    private static Kind KindOf(int mode) => (mode & 0xF000) switch
    {
        0x8000 => Kind.Regular,
        0x4000 => Kind.Directory,
        0xA000 => Kind.Link,
        _ => Kind.Other,
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
