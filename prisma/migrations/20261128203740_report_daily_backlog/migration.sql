-- CreateTable
CREATE TABLE "report_daily_backlog" (
    "day" DATE NOT NULL,
    "open" INTEGER NOT NULL,
    "pending" INTEGER NOT NULL,
    "captured_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_daily_backlog_pkey" PRIMARY KEY ("day")
);
