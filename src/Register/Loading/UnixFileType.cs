using System.Runtime.InteropServices;

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
            return (mode & 0xF000) switch
            {
                _ when mode == 0 => Kind.Missing,
                0x8000 => Kind.Regular,
                0x4000 => Kind.Directory,
                0xA000 => Kind.Link,
                _ => Kind.Other,
            };
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

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
