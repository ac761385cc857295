-- AlterEnum
ALTER TYPE "FaqSuggestionEventType" ADD VALUE 'answered_ticket';
