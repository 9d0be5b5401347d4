using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;

namespace EduRelief.Modules.SchoolConstruction.Web.Projects;

/// <summary>
/// A budget as the form holds it, one box per funding source (by name, as components take it); an empty box is no
/// line. The lines are sent in source order without the empty ones, so <see cref="Sent"/> says which box a reason
/// for <c>budget[i]</c> belongs under.
/// </summary>
internal sealed class BudgetForm
{
    public Dictionary<string, decimal?> Amounts { get; } = Enum.GetNames<FundingSource>().ToDictionary(s => s, _ => (decimal?)null);

    public List<string> Sent { get; } = [];

    public static BudgetForm Of(IEnumerable<KeyValuePair<string, decimal>> lines)
    {
        var form = new BudgetForm();
        foreach (var (source, amount) in lines)
        {
            form.Amounts[source] = amount;
        }

        return form;
    }

    public IReadOnlyList<BudgetLineInput> Lines()
    {
        Sent.Clear();
        Sent.AddRange(Enum.GetNames<FundingSource>().Where(s => Amounts[s] is not null));
        return Sent.Select(s => new BudgetLineInput(s, Amounts[s])).ToList();
    }

    /// <summary>The API field a box's reason comes back under: <c>budget[i].amount</c> for a box sent as line i.</summary>
    public static string FieldOf(IReadOnlyList<string> sent, string source) => sent.ToList().IndexOf(source) is var i and >= 0 ? $"budget[{i}].amount" : $"budget.{source}";

    public IEnumerable<string> Fields => Enum.GetNames<FundingSource>().Select(s => FieldOf(Sent, s)).Prepend("budget");
}
