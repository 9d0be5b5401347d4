using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Reporting.Data;
using EduRelief.Modules.Reporting.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Features.Templates;

/// <summary>The next version number is taken from the newest; two saves at once cannot both take it (unique index).</summary>
internal sealed class SaveTemplateHandler(ReportingDbContext db, ICallerContext caller, TimeProvider time) : IRequestHandler<SaveTemplateCommand, TemplateResponse>
{
    public async Task<TemplateResponse> Handle(SaveTemplateCommand request, CancellationToken cancellationToken)
    {
        var newest = await db.TemplateVersions.MaxAsync(t => (int?)t.Version, cancellationToken) ?? 0;
        var saved = TemplateVersion.Save(newest + 1, request.Text!, request.Note?.Trim() is { Length: > 0 } note ? note : null, caller.UserName, time.GetUtcNow());
        db.TemplateVersions.Add(saved);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("text", new UserText("另一人刚刚保存了新版本，请刷新后再保存", "someone else saved a version just now; reload and save again"));
        }

        return TemplateResponse.Of(saved);
    }
}
