using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.RecordOutreach;

internal sealed class RecordOutreachHandler(SubsidiesDbContext db, IMediator mediator, ICallerContext caller) : IRequestHandler<RecordOutreachCommand, long>
{
    public async Task<long> Handle(RecordOutreachCommand request, CancellationToken cancellationToken)
    {
        var townships = await mediator.Send(new ListTownshipsQuery(), cancellationToken);
        var code = request.TownshipCode!.Trim();
        if (townships.All(t => t.Code != code))
        {
            throw ValidationFailedException.For("townshipCode", new UserText($"没有代码为 “{code}” 的乡镇", $"no township has code '{code}'"));
        }

        var activity = new OutreachActivity
        {
            Date = request.Date!.Value,
            TownshipCode = code,
            Kind = request.Kind!.Trim(),
            Participants = request.Participants ?? 0,
            Materials = request.Materials ?? 0,
            RecordedBy = caller.UserName,
        };
        db.OutreachActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return activity.Id;
    }
}
