using Register.Diagnostics;
using Register.Model;
using Register.Tests.Pipeline;
using Register.Tests.Views.Localization;
using Register.Validation;
using Register.Views;

namespace Register.Tests.Views;

/// <summary>Resolves notices of the example register, optionally changed first, without the validator in between.</summary>
internal static class ExampleNotices
{
    private static readonly Lazy<ValidationReport> Example = new(() => RegisterValidation.Run(RenderedExample.Directory, RenderedExample.Options.Validation));

    public static RegisterModel Register => Example.Value.Register!;

    public static (Notice Notice, NoticeView View, NoticeContext Context) Build(string noticeId, Func<RegisterModel, RegisterModel> change, string language)
    {
        var example = Example.Value;
        var register = change(example.Register!);
        var context = new NoticeContext(register, example.Vocabulary.With(register.Vocabulary), TestPhrases.For(language), register.Organisation.VersionDate);
        var notice = register.Notices.Single(n => n.Id == noticeId);
        return (notice, NoticeViewBuilder.Build(notice, context), context);
    }

    public static NoticeView View(string noticeId, string language = "nl", Func<RegisterModel, RegisterModel>? change = null) =>
        Build(noticeId, change ?? (r => r), language).View;

    public static RegisterModel Activity(RegisterModel register, string id, Func<ProcessingActivity, ProcessingActivity> change) =>
        register with { Activities = [.. register.Activities.Select(a => a.Id == id ? change(a) : a)] };
}
