using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.Shared;

/// <summary>One budget line as sent: <c>{source, amount}</c>.</summary>
internal sealed record BudgetLineInput(string? Source, decimal? Amount)
{
    /// <summary>At least one line, each a known source and a positive amount; errors name <c>budget[i].source</c> / <c>budget[i].amount</c>.</summary>
    public static void Validate(IReadOnlyList<BudgetLineInput>? lines, ValidationErrors errors)
    {
        if (lines is null or { Count: 0 })
        {
            errors.Add("budget", new UserText("至少需要一条预算（资金来源和金额）", "needs at least one line (a funding source and an amount)"));
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            errors.Enum<FundingSource>($"budget[{i}].source", lines[i].Source);
            errors.Positive($"budget[{i}].amount", lines[i].Amount, ConstructionInput.MaxAmount);
        }
    }

    public static IReadOnlyList<BudgetAmount> Parse(IReadOnlyList<BudgetLineInput> lines) =>
        lines.Select(l => new BudgetAmount(EnumCodes.Parse<FundingSource>(l.Source!), l.Amount!.Value)).ToList();
}
