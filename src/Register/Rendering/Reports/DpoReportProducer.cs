using Register.Output;
using Register.Rendering.Art30;
using Register.Views.Reports;

namespace Register.Rendering.Reports;

/// <summary>Produces the DPO report in each of the register's languages: reports/&lt;lang&gt;/dpo-report.docx.</summary>
public sealed class DpoReportProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(BuildInput input)
    {
        var phrases = Art30Documents.Phrases(input);
        var files = new List<OutputFile>();
        foreach (var language in input.Register.Organisation.Languages)
        {
            if (phrases.For(language) is { } book)
            {
                files.Add(new OutputFile($"reports/{language}/dpo-report.docx", DpoReportDocument.Write(DpoReportViews.Build(input, book))));
            }
        }

        return files;
    }
}
