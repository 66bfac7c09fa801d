-- AlterTable
-- Edited by hand: tokens issued before expiry existed get the default lifetime (90 days) from their creation.
ALTER TABLE "ApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3);
UPDATE "ApiToken" SET "expiresAt" = "createdAt" + INTERVAL '90 days';
ALTER TABLE "ApiToken" ALTER COLUMN "expiresAt" SET NOT NULL;

-- CreateIndex
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");
