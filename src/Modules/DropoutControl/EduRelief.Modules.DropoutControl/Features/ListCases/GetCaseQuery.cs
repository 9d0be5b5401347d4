using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.DropoutControl.Features.ListCases;

internal sealed record GetCaseQuery(Guid Id) : IQuery<CaseResponse>;
