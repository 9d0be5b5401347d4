using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.AddRate;

internal sealed class AddRateValidator : IValidator<AddRateCommand>
{
    public void Validate(AddRateCommand request, ValidationErrors errors)
    {
        SubsidyInput.Programme("programmeCode", request.ProgrammeCode, errors);
        if (request.EffectiveFrom is null)
        {
            errors.Missing("effectiveFrom");
        }

        if (request.Lines is not { Count: > 0 } lines)
        {
            errors.Add("lines", new UserText("至少需要一条标准 {stage, boarding, amountPerTerm}", "at least one line {stage, boarding, amountPerTerm} is required"));
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            errors.Enum<Stage>($"lines[{i}].stage", line.Stage);
            if (line.PerDay is not null || line.SchoolDaysPerTerm is not null)
            {
                SubsidyInput.Money($"lines[{i}].perDay", line.PerDay, SubsidyInput.MaxPerDay, errors);
                errors.Range($"lines[{i}].schoolDaysPerTerm", line.SchoolDaysPerTerm ?? -1, 1, 200);
            }
            else
            {
                SubsidyInput.Money($"lines[{i}].amountPerTerm", line.AmountPerTerm, SubsidyInput.MaxPerStudent, errors);
            }
        }

        if (lines.GroupBy(l => (l.Stage?.Trim().ToUpperInvariant(), l.Boarding)).Any(g => g.Count() > 1))
        {
            errors.Add("lines", new UserText("有两条标准针对同一学段、同一寄宿情况", "two lines give an amount for the same stage and boarding"));
        }
    }
}
