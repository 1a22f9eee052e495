namespace Register.Tests.RealClients;

/// <summary>The DOCX and XLSX files as LibreOffice prints them.</summary>
[Collection(OfficeCollection.Name)]
public sealed class OfficeDocumentTests(OfficeFixture office)
{
    public static TheoryData<string> OfficeFiles => new(OfficeFixture.OfficeFiles(Pipeline.RenderedExample.Render().Files.Select(f => f.Path)));

    [Theory]
    [MemberData(nameof(OfficeFiles))]
    public void LibreOffice_converts_it_to_a_pdf(string file)
    {
        var pdf = office.PdfOf(file);
        Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of {file}:\n{office.ConversionLog}");
        Assert.True(office.PageCount(pdf) >= 1);
        Assert.Contains(office.Pages(pdf), page => page.Count > 0);
    }
}
