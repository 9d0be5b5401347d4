using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Reporting.Features.Templates;

/// <summary>Saves the text as the next version, which the documents use from then on.</summary>
internal sealed record SaveTemplateCommand : ICommand<TemplateResponse>, IAudited
{
    public string? Text { get; init; }

    public string? Note { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string AuditRecords => $"summary template saved: {Note}";
}
