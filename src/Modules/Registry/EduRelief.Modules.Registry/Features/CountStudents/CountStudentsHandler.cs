using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.CountStudents;

internal sealed class CountStudentsHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<CountStudentsQuery, int>
{
    public Task<int> Handle(CountStudentsQuery request, CancellationToken cancellationToken) =>
        db.Students.AsNoTracking().InScope(caller.Scope).Matching(request.Criteria).CountAsync(cancellationToken);
}
