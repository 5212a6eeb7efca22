package io.ticketradar.datasets.importer;

import org.apache.poi.ss.usermodel.DateUtil;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * The shipped sample of the tickets shape (samples/tickets.xlsx): a 工单台账 as a service team keeps
 * it, with a title row, merged 网点 and 区域 cells, and times typed every way Excel users type them.
 * {@code SamplesTest} checks the committed file against this; run it with
 * {@code -Dticketradar.writeSamples=true} to write the file again after changing this class.
 */
final class SampleWorkbook {
    static final String SHEET = "工单台账";

    private SampleWorkbook() {}

    static Path write(Path file) throws IOException {
        double serialFirstResponse = DateUtil.getExcelDate(LocalDateTime.of(2026, 1, 6, 10, 5));
        return new SheetBuilder(SHEET)
                .row("苏州某汽车电子有限公司 售后工单台账 2026年1月")
                .merge("A1:T1")
                .row(
                        "工单号",
                        "创建时间",
                        "渠道",
                        "客户",
                        "电话",
                        "设备SN码",
                        "产品型号",
                        "网点",
                        "区域",
                        "故障现象",
                        "故障代码",
                        "优先级",
                        "首次响应\n时间",
                        "是否诊断",
                        "当前环节",
                        "处理人",
                        "解决时间",
                        "关闭时间",
                        "描述",
                        "环境温度")
                // 苏州工业园区4S店: three tickets, the site merged over them; 华东 over four.
                .row(
                        "GD20260105001",
                        "2026/1/5 9:00",
                        "电话",
                        "C-20318",
                        13962118803L,
                        "OB2C0417",
                        "OBC-6K6",
                        "SZ-SIP-4S01",
                        "华东",
                        "无法充电、充电故障灯亮",
                        "HV-OBC-OT02",
                        "高",
                        "2026/1/5 9:40",
                        "是",
                        "现场",
                        "E-1107",
                        "2026/1/7 14:20",
                        "2026/1/8 10:00",
                        "家用充电桩无法充电，仪表充电故障灯亮",
                        "-3℃")
                .row(
                        "GD20260105002",
                        LocalDateTime.of(2026, 1, 5, 10, 15),
                        "企业微信",
                        "C-11872",
                        13812260417L,
                        "OB2C0533",
                        "OBC-6K6",
                        null,
                        null,
                        "充电中断",
                        null,
                        "中",
                        "2026-01-05 11:30:00",
                        "否",
                        "技术",
                        "E-2031",
                        null,
                        null,
                        "充电十分钟后自动停止",
                        4)
                .row(
                        "GD20260105003",
                        "2026年1月5日 14时",
                        "APP",
                        "C-40917",
                        "18951330926",
                        "HU3B1102",
                        "HU-1280",
                        null,
                        null,
                        "中控屏黑屏,CAN通信中断",
                        "LV-CAN-01",
                        "低",
                        "2026年1月5日 15时30分",
                        "是",
                        "客服",
                        "E-0412",
                        LocalDateTime.of(2026, 1, 6, 9, 0),
                        "2026年1月6日 18时30分",
                        "加装非原厂屏幕后黑屏",
                        "5")
                .merge("H3:H5")
                .row(
                        "GD20260106001",
                        "2026/1/6 8:30",
                        "电话",
                        "C-20318",
                        13962118803L,
                        "OB2C0417",
                        "OBC-6K6",
                        "SZ-WZ-R017",
                        null,
                        "充电无法启动",
                        null,
                        "紧急",
                        serialFirstResponse,
                        "是",
                        "备件",
                        "E-3310",
                        null,
                        null,
                        "同一车辆再次无法充电",
                        "-5")
                .merge("I3:I6")
                // 广州天河区4S店, 华南: two tickets sharing both merged cells.
                .row(
                        "GD20260106002",
                        "2026-01-06 09:12:00",
                        "邮件",
                        "C-51220",
                        15050212209L,
                        "AC1D2209",
                        "ACC-200",
                        "GZ-TH-4S02",
                        "华南",
                        "空调控制器自动重启",
                        "SW-ACC-01",
                        "中",
                        "2026-01-06 09:50:00",
                        "是",
                        "技术",
                        "E-2207",
                        "2026-01-07 16:00:00",
                        null,
                        "行驶中空调控制器反复重启",
                        31)
                .row(
                        "GD20260106003",
                        "2026/1/6 13:45",
                        "经销商门户",
                        "C-51804",
                        13711820931L,
                        "AC1D2317",
                        "ACC-200",
                        null,
                        null,
                        "空调控制器自动重启、空调面板无响应",
                        null,
                        "高",
                        "2026/1/6 14:10",
                        "否",
                        "客服",
                        "E-0420",
                        null,
                        null,
                        "空调面板无响应，随后控制器重启",
                        33)
                .merge("H7:H8")
                .merge("I7:I8")
                // 哈尔滨: cold-start failures of the on-board charger.
                .row(
                        "GD20260107001",
                        "2026年1月7日 7时",
                        "电话",
                        "C-70311",
                        18645019982L,
                        "OB2C0611",
                        "OBC-6K6",
                        "HRB-DL-4S01",
                        "东北",
                        "充电无法启动",
                        "HV-OBC-LT01",
                        "紧急",
                        "2026年1月7日 7时25分",
                        "是",
                        "现场",
                        "E-1512",
                        "2026年1月8日 12时",
                        "2026年1月9日 9时",
                        "零下二十度早晨无法启动充电",
                        "−24℃")
                .row(
                        "GD20260107002",
                        LocalDateTime.of(2026, 1, 7, 8, 20),
                        "APP",
                        "C-70455",
                        18645321170L,
                        "OB2C0618",
                        "OBC-6K6",
                        null,
                        null,
                        "充电无法启动、充电故障灯亮",
                        null,
                        "高",
                        LocalDateTime.of(2026, 1, 7, 8, 55),
                        "是",
                        "技术",
                        "E-2410",
                        null,
                        null,
                        "冷启动失败，需要检测",
                        "-22")
                .merge("H9:H10")
                .merge("I9:I10")
                .row(
                        "GD20260107003",
                        "2026-01-07 10:05:00",
                        "电话",
                        "C-90021",
                        13501188420L,
                        "BM4A0921",
                        "BMS-G3",
                        "CD-WH-R033",
                        "西南",
                        "高压故障报警",
                        "HV-ISO-01",
                        "紧急",
                        "2026-01-07 10:20:00",
                        "是",
                        "现场",
                        "E-1620",
                        "2026-01-07 18:15:00",
                        "2026-01-08 09:00:00",
                        "高压报警，车辆限速",
                        12)
                .row(
                        "GD20260108001",
                        "2026/1/8 11:00",
                        "企业微信",
                        "C-33012",
                        13916620088L,
                        "HU3B1240",
                        "HU-1280",
                        "SH-PD-4S03",
                        "华东",
                        "蓝牙无法连接",
                        "SW-HU-01",
                        "低",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "蓝牙偶发无法连接",
                        null)
                .write(file);
    }
}
