using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>
/// REG058, REG059: the Art. 13(2)(e) statement matches the basis (gdpr-reference.md section 9). Data "needed to enter
/// into a contract" need a purpose resting on Art. 6(1)(b); data "required by law" a purpose resting on Art. 6(1)(c).
/// </summary>
public sealed class ProvisionMatchesBasis : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            if (activity.Provision is not { } provision)
            {
                continue;
            }

            var bases = activity.Purposes.Where(p => p.Locations.ContainsKey("basis")).SelectMany(p => p.Bases()).ToHashSet();
            var requirements = provision.Also
                .Select(a => (Node: (ModelNode)a, a.Requirement))
                .Prepend((Node: provision, provision.Requirement))
                .Where(r => r.Node.Locations.ContainsKey("requirement"));
            foreach (var (node, requirement) in requirements)
            {
                var at = node.LocationOf("requirement");
                if (requirement == ProvisionKind.ContractPrerequisite && !bases.Contains(LegalBasis.Contract))
                {
                    yield return Rules.ContractPrerequisiteWithoutContract.At(at,
                        $"Activity '{activity.Id}' tells people the data are needed to enter into a contract with them (Art. 13(2)(e)), but none of its purposes rests on a contract (Art. 6(1)(b)); the statement must match the basis.",
                        "Add the purpose that rests on 'basis: contract', or write the requirement that is true: 'voluntary' with its consequences when the person is not a party to a contract with the organisation (a contact person of a client, a debtor of a client).");
                }
                else if (requirement == ProvisionKind.Statutory && !bases.Contains(LegalBasis.LegalObligation))
                {
                    yield return Rules.StatutoryWithoutLegalObligation.At(at,
                        $"Activity '{activity.Id}' tells people the law requires them to provide the data (Art. 13(2)(e)), but none of its purposes rests on a legal obligation (Art. 6(1)(c)); the statement must match the basis.",
                        "Add the purpose that rests on 'basis: legal_obligation' with its 'law:', or write the requirement that is true.");
                }
            }
        }
    }
}
