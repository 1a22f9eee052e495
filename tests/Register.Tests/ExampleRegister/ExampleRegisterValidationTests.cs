using NodaTime;
using Register.Loading;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.ExampleRegister;

/// <summary>The example register passes the validator with no errors and no warnings.</summary>
public sealed class ExampleRegisterValidationTests(ExampleRegisterFixture example) : IClassFixture<ExampleRegisterFixture>
{
    [Fact]
    public void Validates_with_no_errors_and_no_warnings()
    {
        var options = new ValidationOptions
        {
            Load = new LoadOptions { DisplayRoot = Approver.RepoRoot },
            Today = new LocalDate(2026, 11, 21),
        };

        var report = RegisterValidation.Run(example.Directory, options);

        var shown = string.Join("\n", report.Diagnostics.Select(d => $"{d.At.File}:{d.At.Line}:{d.At.Column}: {d.Severity} {d.Code}: {d.Message}"));
        Assert.True(report.Diagnostics.Count == 0, shown);
        Assert.NotNull(report.Register);
    }
}
