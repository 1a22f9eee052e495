using Register.Diagnostics;

namespace Register.Validation.Checks.Completeness;

/// <summary>The Art. 13(1)/(2), 14(1)/(2) and 21(4) elements (gdpr-reference.md §1) and the partial of templates/notice that renders each.</summary>
public static class NoticeElements
{
    public static NoticeElement Controller { get; } = new("controller", "13(1)(a)", "14(1)(a)", Rules.ElementController, "notice/_controller.md.sbn");
    public static NoticeElement Dpo { get; } = new("dpo", "13(1)(b)", "14(1)(b)", Rules.ElementDpo, "notice/_controller.md.sbn");
    public static NoticeElement Purposes { get; } = new("purposes", "13(1)(c)", "14(1)(c)", Rules.ElementPurposes, "notice/_activity.md.sbn");
    public static NoticeElement DataCategories { get; } = new("data-categories", "-", "14(1)(d)", Rules.ElementDataCategories, "notice/_activity.md.sbn");
    public static NoticeElement LegitimateInterest { get; } = new("legitimate-interest", "13(1)(d)", "14(2)(b)", Rules.ElementLegitimateInterest, "notice/_activity.md.sbn");
    public static NoticeElement Recipients { get; } = new("recipients", "13(1)(e)", "14(1)(e)", Rules.ElementRecipients, "notice/_recipients.md.sbn");
    public static NoticeElement Transfers { get; } = new("transfers", "13(1)(f)", "14(1)(f)", Rules.ElementTransfer, "notice/_activity.md.sbn");
    public static NoticeElement Retention { get; } = new("retention", "13(2)(a)", "14(2)(a)", Rules.ElementRetention, "notice/_retention.md.sbn");
    public static NoticeElement Rights { get; } = new("rights", "13(2)(b)", "14(2)(c)", Rules.ElementRights, "notice/_rights.md.sbn");
    public static NoticeElement Withdrawal { get; } = new("withdrawal", "13(2)(c)", "14(2)(d)", Rules.ElementWithdrawal, "notice/_withdrawal.md.sbn");
    public static NoticeElement Complaint { get; } = new("complaint", "13(2)(d)", "14(2)(e)", Rules.ElementComplaint, "notice/_complaint.md.sbn");
    public static NoticeElement Provision { get; } = new("provision", "13(2)(e)", "-", Rules.ElementProvision, "notice/_activity.md.sbn");
    public static NoticeElement Sources { get; } = new("sources", "-", "14(2)(f)", Rules.ElementSources, "notice/_activity.md.sbn");
    public static NoticeElement AutomatedDecisions { get; } = new("automated-decisions", "13(2)(f)", "14(2)(g)", Rules.ElementAutomatedDecisions, "notice/_automated.md.sbn");
    public static NoticeElement Objection { get; } = new("objection", "21(4)", "21(4)", Rules.ElementObjection, "notice/_objection.md.sbn");

    public static IReadOnlyList<NoticeElement> All { get; } =
    [
        Controller, Dpo, Purposes, DataCategories, LegitimateInterest, Recipients, Transfers, Retention,
        Rights, Withdrawal, Complaint, Provision, Sources, AutomatedDecisions, Objection,
    ];
}
