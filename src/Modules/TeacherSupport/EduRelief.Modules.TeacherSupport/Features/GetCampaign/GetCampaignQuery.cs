using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.GetCampaign;

internal sealed record GetCampaignQuery(string Code) : IQuery<CampaignResponse>;
