using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

internal sealed class GetEnrolmentHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<GetEnrolmentQuery, EnrolmentResponse>
{
    public async Task<EnrolmentResponse> Handle(GetEnrolmentQuery request, CancellationToken cancellationToken)
    {
        var key = request.Id.ToString();
        var enrolment = await db.Enrolments.AsNoTracking().Include(e => e.Changes).FirstOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Enrolment", key);
        return EnrolmentResponse.Of(enrolment.EnsureInScope(caller.Scope, "Enrolment", key), caller);
    }
}
