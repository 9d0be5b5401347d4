using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.DropoutControl.Features.IssueNotice;

internal sealed class IssueNoticeHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<IssueNoticeCommand, CaseResponse>
{
    public async Task<CaseResponse> Handle(IssueNoticeCommand request, CancellationToken cancellationToken)
    {
        var kase = await db.RequireCaseAsync(request.CaseId, caller, cancellationToken);
        kase.IssueNotice(request.IssuedOn!.Value, request.ReturnBy!.Value, county.Today);
        await db.SaveCaseAsync(kase, time.GetUtcNow(), cancellationToken);
        return CaseResponse.Of(kase, caller, county.Today);
    }
}
