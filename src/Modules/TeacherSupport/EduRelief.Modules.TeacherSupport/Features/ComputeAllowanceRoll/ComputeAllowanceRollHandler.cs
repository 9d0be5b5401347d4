using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;

/// <summary>The roll is the county's: a county-wide writer computes it, for this month or one before.</summary>
internal sealed class ComputeAllowanceRollHandler(AllowanceRollComputation computation, IMediator mediator, ICallerContext caller, CountyClock county)
    : IRequestHandler<ComputeAllowanceRollCommand, AllowanceRollResponse>
{
    public async Task<AllowanceRollResponse> Handle(ComputeAllowanceRollCommand request, CancellationToken cancellationToken)
    {
        caller.Scope.EnsureCountyWide("AllowanceRoll", request.Month!);
        var month = RollMonth.Parse(request.Month!);
        var current = RollMonth.Of(county.Today);
        if (month > current)
        {
            throw ValidationFailedException.For("month", TeacherText.MonthToCome(month, current));
        }

        await computation.RunAsync(month, caller.UserName, cancellationToken);
        return await mediator.Send(GetAllowanceRollQuery.FirstPage(month.ToString()), cancellationToken);
    }
}
