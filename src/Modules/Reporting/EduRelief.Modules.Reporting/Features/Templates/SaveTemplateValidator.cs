using EduRelief.Modules.Reporting.Document;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Reporting.Features.Templates;

/// <summary>A placeholder naming no figure is refused here, so no document the bureau sends can carry one.</summary>
internal sealed class SaveTemplateValidator : IValidator<SaveTemplateCommand>
{
    public const int MaxLength = 100_000;

    public void Validate(SaveTemplateCommand request, ValidationErrors errors)
    {
        errors.Text("text", request.Text, MaxLength);
        errors.Text("note", request.Note, 500, required: false);
        if (request.Text is { Length: > 0 } text && SummaryTemplate.Read(text).Unknown is { Count: > 0 } unknown)
        {
            var named = string.Join("、", unknown.Select(p => "{{" + p + "}}"));
            errors.Add("text", new UserText($"模板中有未知的占位符：{named}（可用的占位符是各项指标的键名、year 和 countedOn）", $"the template has unknown placeholders: {named} (use a figure key, year or countedOn)"));
        }
    }
}
