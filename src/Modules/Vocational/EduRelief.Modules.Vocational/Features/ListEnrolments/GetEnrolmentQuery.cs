using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

internal sealed record GetEnrolmentQuery(Guid Id) : IQuery<EnrolmentResponse>;
