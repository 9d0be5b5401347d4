using EduRelief.Modules.TeacherSupport.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListAllowanceTiers;

internal sealed class ListAllowanceTiersHandler(TeacherSupportDbContext db) : IRequestHandler<ListAllowanceTiersQuery, IReadOnlyList<AllowanceTierResponse>>
{
    public async Task<IReadOnlyList<AllowanceTierResponse>> Handle(ListAllowanceTiersQuery request, CancellationToken cancellationToken) =>
        AllowanceTierResponse.All(await db.AllowanceTiers.AsNoTracking().ToListAsync(cancellationToken));
}
