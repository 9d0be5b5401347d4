using EduRelief.Modules.Reporting.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Features.Templates;

internal sealed class ListTemplatesHandler(ReportingDbContext db) : IRequestHandler<ListTemplatesQuery, IReadOnlyList<TemplateVersionEntry>>
{
    public async Task<IReadOnlyList<TemplateVersionEntry>> Handle(ListTemplatesQuery request, CancellationToken cancellationToken)
    {
        var saved = await db.TemplateVersions.AsNoTracking().OrderByDescending(t => t.Version)
            .Select(t => new TemplateVersionEntry(t.Version, t.Note, t.SavedBy, t.SavedAt))
            .ToListAsync(cancellationToken);
        return [.. saved, new TemplateVersionEntry(0, null, null, null)];
    }
}
