using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.StreamStudentIds;

internal sealed class StreamStudentIdsHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<StreamStudentIdsQuery, IAsyncEnumerable<Guid>>
{
    public Task<IAsyncEnumerable<Guid>> Handle(StreamStudentIdsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(db.Students.AsNoTracking().InScope(caller.Scope).Matching(request.Criteria).Select(s => s.Id).AsAsyncEnumerable());
}
