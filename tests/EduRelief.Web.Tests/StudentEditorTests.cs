using AntDesign;
using Bunit;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Features.RegisterStudent;
using EduRelief.Modules.Registry.Web.Students;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.Web.Requests;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Web.Tests;

/// <summary>The registration form: what the user typed is what is sent, and each reason the server gives shows under its field.</summary>
public sealed class StudentEditorTests : BunitContext
{
    private readonly RegistryMediator _mediator = new();

    public StudentEditorTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddAntDesign();
        Services.AddScoped<CircuitCaller>();
        Services.AddScoped<PageSender>();
        Services.AddSingleton<IProblemDescriber, FieldReasons>();
        Services.AddSingleton<IMediator>(_mediator);
        Services.AddSingleton(new CountyClock(TimeProvider.System, TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_reasons_of_a_refused_registration_show_under_the_fields_they_name()
    {
        _mediator.Refusal = new ValidationFailedException(new Dictionary<string, string[]>
        {
            ["nationalId"] = ["身份证号校验码错误，应为 7"],
            ["disability.grade"] = ["残疾等级应为 1 至 4"],
        });
        var form = Render<StudentEditor>();
        form.Find("#nationalId").Change("520102201503051238");
        form.Find("#name").Change("张三");
        form.Find("#schoolCode").Change("S01");

        form.Find("form").Submit();

        Assert.Equal("身份证号校验码错误，应为 7", form.Find(".ant-form-item-explain-error[data-field=nationalId]").TextContent.Trim());
        Assert.Equal("残疾等级应为 1 至 4", form.Find(".ant-form-item-explain-error[data-field='disability.grade']").TextContent.Trim());
        Assert.Equal(("520102201503051238", "张三", "S01"), (_mediator.Sent!.NationalId, _mediator.Sent.Name, _mediator.Sent.SchoolCode));
    }

    [Fact]
    public void The_schools_of_the_county_are_offered_by_name()
    {
        var form = Render<StudentEditor>();

        Assert.Contains(form.FindAll("#schoolCode option"), o => o.GetAttribute("value") == "S01" && o.TextContent.Contains("城关小学", StringComparison.Ordinal));
    }

    private sealed class FieldReasons : IProblemDescriber
    {
        public PageProblem? Describe(Exception exception) =>
            exception is ValidationFailedException v ? new PageProblem("一个或多个字段有误", v.Errors) : null;
    }

    /// <summary>The county's places for the pickers; a refusal for the registration.</summary>
    private sealed class RegistryMediator : IMediator
    {
        public Exception? Refusal { get; set; }

        public RegisterStudentCommand? Sent { get; private set; }

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            object answer = request switch
            {
                ListTownshipsQuery => new List<TownshipDto>(),
                ListSchoolsQuery => new List<SchoolDto>
                {
                    new() { Id = Guid.NewGuid(), Code = "S01", Name = "城关小学", TownshipCode = "T01", Stage = Stage.Primary, Location = SchoolLocation.Rural, Classrooms = 12 },
                },
                RegisterStudentCommand register => Register(register),
                _ => throw new InvalidOperationException(request.GetType().Name),
            };
            return Task.FromResult((TResponse)answer);
        }

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => Task.CompletedTask;

        private StudentDto Register(RegisterStudentCommand command)
        {
            Sent = command;
            throw Refusal ?? new InvalidOperationException("no refusal set");
        }
    }
}
