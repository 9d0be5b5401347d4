using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.AppendStudentFileEntry;

internal sealed class AppendStudentFileEntryValidator : IValidator<AppendStudentFileEntryCommand>
{
    public void Validate(AppendStudentFileEntryCommand request, ValidationErrors errors)
    {
        errors.Required("sourceModule", request.SourceModule);
        errors.MaxLength("sourceModule", request.SourceModule, 50);
        errors.Required("sourceReference", request.SourceReference);
        errors.MaxLength("sourceReference", request.SourceReference, 200);
        errors.Required("kind", request.Kind);
        errors.MaxLength("kind", request.Kind, 50);
        errors.Required("title", request.Title);
        errors.MaxLength("title", request.Title, 200);
        errors.MaxLength("details", request.Details, 2000);
        if (request.Amount is { } amount && decimal.Round(amount, 2) != amount)
        {
            errors.Add("amount", new UserText("最多两位小数（精确到分）", "must have at most two decimals (yuan and fen)"));
        }
    }
}
