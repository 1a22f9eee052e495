using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
using Register.Tests.Cli;
using static Register.Tests.Hostile.HostileRegister;

namespace Register.Tests.Hostile;

/// <summary>Entries in the register folder that are not plain files inside it (issue 9 item 2).</summary>
[SupportedOSPlatform("linux")]
internal static class FileSystemCases
{
    public static IReadOnlyList<InvalidCase> All { get; } =
    [
        new("link to /proc/self/environ", r => Link(r, "activities/environ.yaml", "/proc/self/environ"), "REG300", "activities/environ.yaml", 1, 1),
        new("link to a YAML file outside the register", r => Link(r, "activities/outside.yaml", Outside(r, "outside.yaml", File.ReadAllText(r.PathOf(Activity)).Replace("contact-form", "outside", StringComparison.Ordinal))), "REG300", "activities/outside.yaml", 1, 1),
        new("link to /dev/zero", r => Link(r, "activities/zero.yaml", "/dev/zero"), "REG300", "activities/zero.yaml", 1, 1),
        new("organisation.yaml linked to /etc/passwd", r => { File.Delete(r.PathOf(Organisation)); Link(r, Organisation, "/etc/passwd"); }, "REG300", Organisation, 1, 1),
        new("FIFO named like an activity", r => Fifo(r, "activities/pipe.yaml"), "REG300", "activities/pipe.yaml", 1, 1),
        new("folder named like an activity", r => Directory.CreateDirectory(r.PathOf("activities/folder.yaml")), "REG300", "activities/folder.yaml", 1, 1),
        new("organisation.yaml is a folder", r => { File.Delete(r.PathOf(Organisation)); Directory.CreateDirectory(r.PathOf(Organisation)); }, "REG300", Organisation, 1, 1),
        new("symbolic link loop", r => { Link(r, "activities/loop-a.yaml", r.PathOf("activities/loop-b.yaml")); Link(r, "activities/loop-b.yaml", r.PathOf("activities/loop-a.yaml")); }, "REG300", "activities/loop-a.yaml", 1, 1),
        new("link to itself", r => Link(r, "activities/self.yaml", r.PathOf("activities/self.yaml")), "REG300", "activities/self.yaml", 1, 1),
        new("dangling link", r => Link(r, "activities/dangling.yaml", r.PathOf("activities/never-there.txt")), "REG300", "activities/dangling.yaml", 1, 1),
        new("activities folder linked outside", r => LinkedActivitiesFolder(r), "REG300", Activity, 1, 1),
        new("recipients.yaml linked outside", r => Link(r, "recipients.yaml", Outside(r, "recipients.yaml", "recipients: []\n")), "REG300", "recipients.yaml", 1, 1),
        new("file name that is not UTF-8", r => CreateWithRawName(r, [.. "activities/caf"u8, 0xFF, .. ".yaml"u8]), "REG301", "activities/caf?.yaml", 1, 1),
        new("file name with a newline", r => r.Write("activities/evil\nname.yaml", "id: x\n"), "REG301", "activities/evil?name.yaml", 1, 1),
        new("file name with a terminal escape", r => r.Write("activities/evil\u001b[2Jname.yaml", "id: x\n"), "REG301", "activities/evil?[2Jname.yaml", 1, 1),
        new("sparse 4 GB file", r => Sparse(r, "activities/huge.yaml", 4L << 30), "REG009", "activities/huge.yaml", 1, 1),
    ];

    public static void Link(TempRegister register, string relative, string target)
    {
        var path = register.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>A file beside (not inside) the register folder.</summary>
    public static string Outside(TempRegister register, string name, string text)
    {
        var path = Path.Combine(Path.GetDirectoryName(register.Directory)!, "elsewhere", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public static void Fifo(TempRegister register, string relative)
    {
        Assert.Equal(0, MakeFifo(register.PathOf(relative), 0x1B6 /* 0666 */));
    }

    private static void LinkedActivitiesFolder(TempRegister register)
    {
        var outside = Path.Combine(Path.GetDirectoryName(register.Directory)!, "elsewhere-activities");
        Directory.Move(register.PathOf("activities"), outside);
        Directory.CreateSymbolicLink(register.PathOf("activities"), outside);
    }

    private static void Sparse(TempRegister register, string relative, long length)
    {
        using var stream = new FileStream(register.PathOf(relative), FileMode.CreateNew);
        stream.SetLength(length);
    }

    /// <summary>Creates a file whose name is the given bytes (which need not be UTF-8), relative to the register.</summary>
    private static void CreateWithRawName(TempRegister register, byte[] relative)
    {
        var path = Encoding.UTF8.GetBytes(register.Directory + "/").Concat(relative).Append((byte)0).ToArray();
        var descriptor = Create(path, 0x1A4 /* 0644 */);
        Assert.True(descriptor >= 0, "creat failed");
        Close(descriptor);
        RawNames.Add(path);
    }

    /// <summary>Removes the files made with names .NET cannot address (it cannot delete them itself).</summary>
    public static void RemoveRawNames(TempRegister register)
    {
        var prefix = Encoding.UTF8.GetBytes(register.Directory + "/");
        foreach (var path in RawNames.Where(p => p.AsSpan().StartsWith(prefix)))
        {
            Unlink(path);
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentBag<byte[]> RawNames = [];

    [DllImport("libc", EntryPoint = "unlink")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Unlink(byte[] path);

    [DllImport("libc", EntryPoint = "mkfifo")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport("libc", EntryPoint = "creat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Create(byte[] path, uint mode);

    [DllImport("libc", EntryPoint = "close")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);
}
