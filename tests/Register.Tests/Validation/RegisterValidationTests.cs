using Register.Loading;
using Register.Validation;

namespace Register.Tests.Validation;

public sealed class RegisterValidationTests
{
    [Fact]
    public void An_empty_folder_reports_the_missing_files_and_no_register()
    {
        var dir = Directory.CreateTempSubdirectory("register-empty-");
        try
        {
            var report = RegisterValidation.Run(dir.FullName, new ValidationOptions { Load = new LoadOptions { DisplayRoot = dir.FullName } });

            Assert.Null(report.Register);
            Assert.True(report.HasErrors);
            Assert.Equal(["organisation.yaml:1:1: error REG018", "activities/:1:1: error REG018"],
                report.Diagnostics.Select(d => $"{d.At}: error {d.Code}").Order(StringComparer.Ordinal).Reverse());
            Assert.Equal(2, report.ErrorCount);
            Assert.Equal(0, report.WarningCount);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
