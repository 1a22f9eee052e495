using System.Collections;
using System.Reflection;
using System.Text;
using Register.Benchmarks;
using Register.Diagnostics;
using Register.Instrumentation;
using Register.Loading;
using Register.Model;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Loading;

/// <summary>
/// Reading a register's files on several workers gives what reading them one after the other gives: the same
/// diagnostics in the same order with the same text, the same files with the same hashes, and the same model.
/// </summary>
public sealed class ParallelLoadTests
{
    private static readonly string Example = Path.Combine(Approver.RepoRoot, "register");

    public static TheoryData<int> Workers => [2, 3, 8];

    [Theory]
    [MemberData(nameof(Workers))]
    public void A_register_with_errors_in_many_files_reads_as_one_file_after_the_other(int workers)
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");
        ScaledRegister.WriteRealistic(Example, folder, 120);
        Spoil(folder);

        var sequential = Validate(scratch.Path, folder, 1);
        Assert.Contains(sequential.Diagnostics, d => d.Code == Rules.FileTooLarge.Code);
        Assert.True(sequential.Diagnostics.Select(d => d.At.File).Distinct().Count() >= 12, "errors in many files");
        for (var round = 0; round < 3; round++)
        {
            AssertSame(sequential, Validate(scratch.Path, folder, workers));
        }
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public void A_large_register_reads_to_the_same_model(int workers)
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");
        ScaledRegister.WriteRealistic(Example, folder, 600);

        var sequential = Validate(scratch.Path, folder, 1);
        Assert.Equal(600, sequential.Register!.Activities.Count);
        AssertSame(sequential, Validate(scratch.Path, folder, workers));
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public void The_checks_find_the_same_in_the_same_order_as_one_check_after_the_other(int workers)
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");
        ScaledRegister.WriteRealistic(Example, folder, 200);
        var files = Directory.GetFiles(Path.Combine(folder, "activities"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        void Replace(int index, string from, string to) =>
            File.WriteAllText(files[index], File.ReadAllText(files[index]).Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
        for (var i = 5; i < files.Count; i += 23)
        {
            Replace(i, "basis: legitimate_interests", "basis: consent");
            Replace(i + 1, "data_categories: [", "data_categories: [unheard-of, ");
            Replace(i + 2, "\n  en: ", "\n  fr: ");
            Replace(i + 3, "\nid: ", "\nid: Not-An-Id-");
        }

        // Reviews judged in 2030 (a warning for every activity), the findings for the documents as of the version date.
        ValidationReport Run(int count) => RegisterValidation.Run(folder, new ValidationOptions
        {
            Load = new LoadOptions { DisplayRoot = scratch.Path, Parallelism = count },
            Today = new NodaTime.LocalDate(2030, 1, 1),
        });
        var sequential = Run(1);
        Assert.True(sequential.Diagnostics.Select(d => d.Code).Distinct().Count() >= 8, string.Join(", ", sequential.Diagnostics.Select(d => d.Code).Distinct()));
        Assert.NotEqual(Shown(sequential.Diagnostics), Shown(sequential.DocumentFindings));
        for (var round = 0; round < 3; round++)
        {
            AssertSame(sequential, Run(workers));
        }
    }

    [Fact]
    public void The_work_counted_is_the_same_on_several_workers()
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");
        ScaledRegister.WriteRealistic(Example, folder, 300);

        Dictionary<string, long> Counted(int workers)
        {
            using var probe = WorkProbe.Start();
            Validate(scratch.Path, folder, workers);
            return probe.Counts.ToDictionary();
        }

        var sequential = Counted(1);
        Assert.True(sequential.GetValueOrDefault("coverage.section") > 0, string.Join(", ", sequential.Keys));
        Assert.Equal(sequential.OrderBy(c => c.Key, StringComparer.Ordinal), Counted(4).OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_register_without_activities_is_reported_where_the_loop_reported_it()
    {
        using var scratch = new ScratchFolder();
        var folder = scratch.Copy(Example, "register");
        Directory.Delete(Path.Combine(folder, "activities"), recursive: true);
        File.WriteAllText(Path.Combine(folder, "recipients.yaml"), "recipients: [\n");

        var sequential = Validate(scratch.Path, folder, 1);
        Assert.Contains(sequential.Diagnostics, d => d.Code == Rules.MissingFile.Code && d.At.File == "register/activities/");
        AssertSame(sequential, Validate(scratch.Path, folder, 4));
    }

    private static ValidationReport Validate(string root, string folder, int workers) =>
        RegisterValidation.Run(folder, new ValidationOptions { Load = new LoadOptions { DisplayRoot = root, Parallelism = workers } });

    /// <summary>Errors of every kind the loader reports, in files spread over the listing, and a file name it refuses.</summary>
    private static void Spoil(string folder)
    {
        var activities = Path.Combine(folder, "activities");
        var files = Directory.GetFiles(activities, "*.yaml").Order(StringComparer.Ordinal).ToList();
        void Write(int index, string text) => File.WriteAllText(files[index], text, new UTF8Encoding(false));

        Write(3, "id: broken\nname: [unclosed\n");
        Write(9, File.ReadAllText(files[9]).Replace("\nname:", "\nname:\n  nl: twice\nname:", StringComparison.Ordinal));
        Write(17, "\tid: tabbed\n");
        Write(25, "");
        File.WriteAllBytes(files[33], [.. "id: "u8, 0xFF, 0xFE, .. "\n"u8]);
        Write(41, "id: x\n---\nid: y\n");
        Write(49, File.ReadAllText(files[49]).Replace("\npurposes:", "\npurpos:", StringComparison.Ordinal));
        Write(57, "a: &a [1]\nb: *nope\n");
        Write(65, "id: \"\\u202E\"\n");
        Write(73, "id: big\nnotes: " + new string('a', 1_100_000) + "\n");
        Write(81, File.ReadAllText(files[81]) + "unknown_key: 1\nretention: yes\n");
        Write(97, "- just\n- a list\n");
        Directory.CreateDirectory(Path.Combine(activities, "zz-folder.yaml"));
        File.CreateSymbolicLink(Path.Combine(activities, "zz-outside.yaml"), Path.Combine(folder, "..", "elsewhere.yaml"));
        File.WriteAllText(Path.Combine(folder, "..", "elsewhere.yaml"), "id: elsewhere\n");
        File.WriteAllText(Path.Combine(activities, "bad\u0007name.yaml"), "id: bell\n");
        File.WriteAllText(Path.Combine(folder, "measures.yaml"), "measures:\n  - id: [\n");
    }

    private static void AssertSame(ValidationReport expected, ValidationReport actual)
    {
        Assert.Equal(Shown(expected.Diagnostics), Shown(actual.Diagnostics));
        Assert.Equal(Shown(expected.DocumentFindings), Shown(actual.DocumentFindings));
        Assert.Equal(expected.Sources.Paths, actual.Sources.Paths);
        Assert.Equal(expected.Sources.Paths.Select(expected.Sources.HashOf), actual.Sources.Paths.Select(actual.Sources.HashOf));
        AssertSameModel(expected.Register, actual.Register, "register");
    }

    /// <summary>Everything a report can print of a diagnostic, in the order given.</summary>
    private static List<string> Shown(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d} | {d.Fix} | {string.Join(" ; ", d.Related.Select(r => $"{r.At}: {r.Message}"))}").ToList();

    /// <summary>The two models hold equal values in every property, list and map, in the same order.</summary>
    private static void AssertSameModel(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} against {actual ?? "null"}");
            return;
        }

        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {expected.GetType()} against {actual.GetType()}");
        if (expected is string or ValueType)
        {
            Assert.True(expected.Equals(actual), $"{path}: {expected} against {actual}");
            return;
        }

        if (expected is IEnumerable items)
        {
            var expectedItems = items.Cast<object?>().ToList();
            var actualItems = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(expectedItems.Count == actualItems.Count, $"{path}: {expectedItems.Count} items against {actualItems.Count}");
            for (var i = 0; i < expectedItems.Count; i++)
            {
                AssertSameModel(expectedItems[i], actualItems[i], $"{path}[{i}]");
            }

            if (expected is not ModelNode)
            {
                return;
            }
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertSameModel(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }
}
