using EduRelief.Modules.Reporting.Data;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Features.Templates;

internal sealed class GetTemplateHandler(ReportingDbContext db) : IRequestHandler<GetTemplateQuery, TemplateResponse>
{
    public async Task<TemplateResponse> Handle(GetTemplateQuery request, CancellationToken cancellationToken)
    {
        if (request.Version is 0)
        {
            return TemplateResponse.BuiltIn;
        }

        var versions = db.TemplateVersions.AsNoTracking();
        var found = request.Version is { } version
            ? await versions.FirstOrDefaultAsync(t => t.Version == version, cancellationToken) ?? throw new NotFoundException("SummaryTemplate", version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : await versions.OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
        return found is null ? TemplateResponse.BuiltIn : TemplateResponse.Of(found);
    }
}
