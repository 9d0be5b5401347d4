using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;

internal sealed class GetAllowanceRollHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<GetAllowanceRollQuery, AllowanceRollResponse>
{
    public async Task<AllowanceRollResponse> Handle(GetAllowanceRollQuery request, CancellationToken cancellationToken)
    {
        var month = RollMonth.Parse(request.Month!);
        var roll = await db.AllowanceRolls.AsNoTracking().FirstOrDefaultAsync(r => r.Month == month.Key, cancellationToken)
            ?? throw new NotFoundException("AllowanceRoll", month.ToString());
        var lines = db.AllowanceRollLines.Where(l => l.Month == month.Key);
        if (request.SchoolCode is { Length: > 0 } school)
        {
            lines = lines.Where(l => l.SchoolCode == school.Trim());
        }

        var scoped = lines.InScope(caller.Scope);
        var teachers = await scoped.CountAsync(cancellationToken);
        var total = await scoped.SumAsync(l => l.Monthly, cancellationToken);
        var page = await RollLineRows.InScope(db, caller, lines).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new AllowanceRollResponse(
            month.ToString(), roll.Status, teachers, total, roll.ComputedAt, roll.ComputedBy, roll.ApprovedAt, roll.ApprovedBy,
            new PagedResult<RollLineResponse>
            {
                Items = page.Select(r => RollLineRows.ToResponse(r, caller)).ToList(),
                Page = request.Page,
                PageSize = request.PageSize,
                Total = teachers,
            });
    }
}
