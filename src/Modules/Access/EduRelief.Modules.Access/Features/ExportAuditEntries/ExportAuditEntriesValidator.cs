using EduRelief.Modules.Access.Features.ListAuditEntries;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Access.Features.ExportAuditEntries;

/// <summary>The export takes the log's filter, so it is refused for what the log would refuse.</summary>
internal sealed class ExportAuditEntriesValidator : IValidator<ExportAuditEntriesQuery>
{
    private static readonly ListAuditEntriesValidator List = new();

    public void Validate(ExportAuditEntriesQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
